#include "sink.h"

void Recorder::flush(Fam &fam) { fam.Add({{"k", m_}}).Increment(); }
