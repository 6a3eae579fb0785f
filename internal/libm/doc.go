// Package libm owns the elementary functions of the runtime: correctly
// rounded versions of exp, log, pow, sin, cos, tan, asin, acos and atan2,
// and glibc's formulas for sinh, cosh, tanh and log10 on top of them, so
// that results agree to the last bit with what lua5.3 gets from glibc on
// x86-64. Go's math package is only faithful (it differs from glibc in the
// last digit of about one printed result in a few hundred) and, on amd64,
// wrong in some ranges (Exp overflows from 709.5, Log of subnormals).
//
// The exported functions (Exp, Log, Log2, Log10, Pow, Sin, Cos, Tan, Asin,
// Acos, Atan2, Sinh, Cosh, Tanh, Sqrt, Fmod) have C99's special values and
// glibc's NaN signs: an input NaN comes out unchanged (pow clears its sign
// for odd integer exponents), and a domain error gives either x86's default
// NaN (sign bit set, printed "-nan" by lua5.3) or a positive NaN, as the
// glibc function does. The math library (stdlib), the VM's `^` operator
// and the compiler's constant folding all use them, so that a result does
// not depend on where it was computed.
//
// Layout: libm.go has the exported functions and their special cases;
// cr.go the double-double evaluations (the slow paths) and the hyperbolic
// functions; fast.go the table-driven fast paths tried first; dd.go the
// double-double arithmetic and the constants.
//
// The package imports only the standard library.
package libm
