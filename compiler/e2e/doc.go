// Package e2e holds the compiler's end-to-end tests: programs compiled by
// package compiler and run on the VM with the standard library. They live
// apart from the compiler's unit tests so that those (and the fuzzer)
// build without the VM and the libraries.
package e2e
