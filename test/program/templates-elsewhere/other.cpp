// Includes the template without instantiating it: nothing here.
#include "middleware.h"

int unrelated() { return 1; }
