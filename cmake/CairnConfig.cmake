# One INTERFACE target carries the language standard, warnings and Qt strictness flags;
# every Cairn target links it, so the rules live in exactly one place.
add_library(cairn_config INTERFACE)
add_library(Cairn::config ALIAS cairn_config)

target_compile_features(cairn_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(cairn_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    # Does nothing before Qt 6.7; tests/unit/tst_connectcontext checks the same rule by reading the sources.
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CAIRN_VERSION="${PROJECT_VERSION}")

target_compile_options(cairn_config INTERFACE
    # -Wshadow=local is GCC's spelling; clang (the fuzz build) does not know it.
    -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)

if(CAIRN_WERROR)
    target_compile_options(cairn_config INTERFACE -Werror)
endif()

if(CAIRN_SANITIZE)
    target_compile_options(cairn_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(cairn_config INTERFACE -fsanitize=address,undefined)
endif()
