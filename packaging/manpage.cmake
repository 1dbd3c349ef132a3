# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the vpclens-cli(1) manual page from the program's own help, so it never falls behind:
# `vpclens-cli --help` gives the commands, `vpclens-cli <command> --help` each one's options.
cmake_minimum_required(VERSION 3.25) # new policies: "@VERSION@" below is a literal
# cmake -DCLI=<vpclens-cli> -DVERSION=<x.y.z> -DINTRO=<manpage-intro.roff> -DOUT=<vpclens-cli.1> -P manpage.cmake
foreach(_var CLI VERSION INTRO OUT)
    if(NOT DEFINED ${_var})
        message(FATAL_ERROR "manpage.cmake: ${_var} is not set")
    endif()
endforeach()

# roff: a backslash is \e, a hyphen in an option \-, a line may not start with . or '.
# Help text becomes a CMake list a line an element: its ; [ and ] stand in for themselves meanwhile.
function(list_safe text out)
    string(REPLACE ";" "@SEMICOLON@" text "${text}")
    string(REPLACE "[" "@OPEN@" text "${text}")
    string(REPLACE "]" "@CLOSE@" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(roff_escape text out)
    string(REPLACE "@SEMICOLON@" ";" text "${text}")
    string(REPLACE "@OPEN@" "[" text "${text}")
    string(REPLACE "@CLOSE@" "]" text "${text}")
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(run_help out)
    execute_process(COMMAND "${CLI}" ${ARGN} --help OUTPUT_VARIABLE _text RESULT_VARIABLE _rc
                    ENCODING UTF-8)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "manpage.cmake: ${CLI} ${ARGN} --help failed (${_rc})")
    endif()
    list_safe("${_text}" _text)
    set(${out} "${_text}" PARENT_SCOPE)
endfunction()

file(READ "${INTRO}" _page)
string(REPLACE "@VERSION@" "${VERSION}" _page "${_page}")

run_help(_usage)
string(REGEX MATCH "Commands:\n(.*)\n\n" _block "${_usage}")
string(REPLACE "\n" ";" _lines "${CMAKE_MATCH_1}")
string(APPEND _page ".SH COMMANDS\n")
foreach(_line IN LISTS _lines)
    if(NOT _line MATCHES "^  ([a-z-]+) +(.*)$")
        continue()
    endif()
    set(_command "${CMAKE_MATCH_1}")
    roff_escape("${CMAKE_MATCH_2}" _summary)
    roff_escape("${_command}" _name)
    string(APPEND _page ".SS ${_name}\n${_summary}.\n")
    run_help(_help ${_command})
    # The description lines after "Usage:" and before "Options:", then each option with its text.
    string(REGEX MATCH "^Usage:[^\n]*\n(.*)\nOptions:\n(.*)$" _parts "${_help}")
    set(_about "${CMAKE_MATCH_1}")
    set(_options "${CMAKE_MATCH_2}")
    string(STRIP "${_about}" _about)
    if(_about)
        roff_escape("${_about}" _about)
        string(REPLACE "\n" "\n.br\n" _about "${_about}")
        string(APPEND _page ".PP\n${_about}\n")
    endif()
    string(REPLACE "\n" ";" _optionLines "${_options}")
    set(_open FALSE)
    foreach(_o IN LISTS _optionLines)
        # (CMake's if evaluates both sides of an OR, and a failed MATCHES clears CMAKE_MATCH_n.)
        set(_flag "")
        if(_o MATCHES "^  (-[^ ].*[^ ])  +([^ ].*)$")
            set(_flag "${CMAKE_MATCH_1}")
            set(_text "${CMAKE_MATCH_2}")
        elseif(_o MATCHES "^  (-[^ ]+)$")
            set(_flag "${CMAKE_MATCH_1}")
            set(_text "")
        endif()
        if(_flag)
            if(_flag MATCHES "^-h, --help$" OR _flag STREQUAL "--help-all")
                set(_open FALSE)
                continue()
            endif()
            roff_escape("${_flag}" _flag)
            string(REGEX REPLACE "<([^>]+)>" "\\\\fI\\1\\\\fR" _flag "${_flag}")
            roff_escape("${_text}" _text)
            string(REGEX REPLACE "([^\n])$" "\\1\n" _page "${_page}") # the option before ends its line
            string(APPEND _page ".TP\n\\fB${_flag}\\fR\n${_text}")
            set(_open TRUE)
        elseif(_open AND _o MATCHES "^ +(.+)$")
            roff_escape("${CMAKE_MATCH_1}" _more)
            string(APPEND _page " ${_more}")
        else()
            set(_open FALSE)
            continue()
        endif()
    endforeach()
    string(REGEX REPLACE "([^\n])$" "\\1\n" _page "${_page}")
endforeach()

string(APPEND _page [=[
.SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 1
Failure: a file could not be read, a workspace could not be opened or written.
.TP
.B 2
Bad arguments: an unknown command or option, a filter that does not parse.
.SH SEE ALSO
.BR vpclens (1),
.BR aws (1),
.BR tcpdump (8)
.PP
The README of VpcLens: importing your own data, the filter language, the figures measured.
]=])
file(WRITE "${OUT}" "${_page}")
