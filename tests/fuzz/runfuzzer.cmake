# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one fuzz target for SECONDS from its seeds: a fresh working corpus each time (the seeds are
# never written to), crashes kept in WORK/ for the report.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/crashes)
set(dirs ${WORK}/corpus)
if(EXISTS ${SEEDS})
    list(APPEND dirs ${SEEDS})
endif()
# Real data as seeds where the target reads files of that kind.
set(real)
if(NAME STREQUAL "fuzz_reader" OR NAME STREQUAL "fuzz_flowline")
    file(GLOB_RECURSE real LIST_DIRECTORIES false ${SHARED}/data/real/*flow*.log* ${SHARED}/data/real/*flow*.json
         ${SHARED}/data/real/*vpcflow*)
elseif(NAME STREQUAL "fuzz_trail")
    file(GLOB_RECURSE real LIST_DIRECTORIES false ${SHARED}/data/real/invictus-ir-aws-dataset/*.json ${SHARED}/data/real/stratus-red-team/*.json
         ${SHARED}/data/real/streamalert/*cloudtrail*.json ${SHARED}/data/real/aws-cli-examples/cloudtrail/*.json
         ${SHARED}/data/real/cloud-custodian/tests/data/cwe/*.json)
elseif(NAME STREQUAL "fuzz_capture")
    file(GLOB_RECURSE real LIST_DIRECTORIES false ${SHARED}/data/real/*.pcap ${SHARED}/data/real/*.pcapng)
elseif(NAME STREQUAL "fuzz_topology")
    file(GLOB_RECURSE real LIST_DIRECTORIES false ${SHARED}/data/real/aws-cli-examples/ec2/*.json ${SOURCE}/resources/sample/topology/*.json)
endif()
set(count 0)
foreach(f IN LISTS real)
    file(SIZE ${f} size)
    if(size LESS 200000 AND count LESS 200)
        math(EXPR count "${count} + 1")
        get_filename_component(base ${f} NAME)
        file(COPY_FILE ${f} ${WORK}/corpus/real-${count}-${base} ONLY_IF_DIFFERENT)
    endif()
endforeach()
execute_process(COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -max_len=65536
                        -artifact_prefix=${WORK}/crashes/ -print_final_stats=1 ${dirs}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NAME}: the fuzzer found a failure (exit ${rc}); the input is in ${WORK}/crashes/")
endif()
