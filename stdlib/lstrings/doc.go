// Package lstrings holds the algorithms behind Lua 5.3's string library
// that do not need the virtual machine: the pattern matcher, the
// printf-style conversions of string.format and the binary layouts of
// string.pack. The stdlib package wraps them into Lua functions.
//
// Everything here follows the reference implementation's observable
// behaviour (lua5.3 on glibc, C locale) byte for byte, including which
// errors are reported and when: pattern errors, for example, are only
// raised when the matcher reaches the faulty part of the pattern.
package lstrings
