#pragma once
#include <prometheus/counter.h>
#include <prometheus/family.h>

prometheus::Family<prometheus::Counter> &requests();
