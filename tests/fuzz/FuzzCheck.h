#pragma once
// A failed invariant in a fuzz target must stop the run with a report even in release builds,
// where assert() is gone: abort() makes libFuzzer save the crashing input.

#include <cstdio>
#include <cstdlib>

#define CAIRN_FUZZ_CHECK(condition)                                                                          \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);           \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
