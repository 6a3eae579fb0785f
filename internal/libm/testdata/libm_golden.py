#!/usr/bin/env python3
"""Writes libm_golden.txt: correctly rounded results of the elementary
functions, computed with mpmath at 400 bits, for TestLibmGolden.

    python3 libm_golden.py > libm_golden.txt

Each line: name x y result, as C99 hex floats (y is 0 for one-argument
functions).
"""
import random
import mpmath

mpmath.mp.prec = 400
rng = random.Random(20240611)


def rf(emin, emax, sign=True):
    m = 1 + rng.getrandbits(52) / 2.0**52
    x = mpmath.ldexp(m, rng.randint(emin, emax))
    x = float(x)
    if sign and rng.random() < 0.5:
        x = -x
    return x


def out(name, x, y, v):
    print(name, float.hex(x), float.hex(y), float.hex(float(v)))


N = 120
for _ in range(N):
    x = rf(-30, 1000)
    for name, f in (("sin", mpmath.sin), ("cos", mpmath.cos), ("tan", mpmath.tan)):
        out(name, x, 0.0, f(x))
    k = rng.randint(1, 100000)
    x = float(k * mpmath.pi / 2 + mpmath.mpf(rf(-40, -20)))
    for name, f in (("sin", mpmath.sin), ("cos", mpmath.cos), ("tan", mpmath.tan)):
        out(name, x, 0.0, f(x))
    x = rf(-60, 3)
    for name, f in (("sin", mpmath.sin), ("cos", mpmath.cos), ("tan", mpmath.tan)):
        out(name, x, 0.0, f(x))
for _ in range(N):
    x = rf(-60, 9)
    out("exp", x, 0.0, mpmath.exp(x))
for x in (709.78, 709.782712893384, -708.5, -740.0, -744.44, -745.1):
    out("exp", x, 0.0, mpmath.exp(x))
for _ in range(N):
    x = abs(rf(-1074, 1023))
    out("log", x, 0.0, mpmath.log(x))
    out("log2", x, 0.0, mpmath.log(x, 2))
    z = 1 + rf(-60, -1)
    out("log", z, 0.0, mpmath.log(z))
    out("log2", z, 0.0, mpmath.log(z, 2))
for _ in range(N):
    x = rf(-60, 0)
    if abs(x) <= 1:
        out("asin", x, 0.0, mpmath.asin(x))
        out("acos", x, 0.0, mpmath.acos(x))
    y = 1 - abs(rf(-53, -2, False))
    out("asin", y, 0.0, mpmath.asin(y))
    out("acos", y, 0.0, mpmath.acos(y))
    out("acos", -y, 0.0, mpmath.acos(-y))
for _ in range(N):
    a = rf(-1074, 1023)
    out("atan", a, 0.0, mpmath.atan(a))
    b = rf(-1074, 1023)
    out("atan2", a, b, mpmath.atan2(a, b))
    c = rf(-30, 30)
    out("atan2", c, b, mpmath.atan2(c, b))
    d = rf(-30, 30)
    out("atan2", c, d, mpmath.atan2(c, d))
for _ in range(N):
    x = abs(rf(-100, 100))
    y = rf(-30, 6)
    v = mpmath.power(x, y)
    if 1e-300 < v < 1e300:
        out("pow", x, y, v)
    xi = abs(rf(0, 5))
    yi = float(rng.randint(-20, 20))
    out("pow", xi, yi, mpmath.power(xi, yi))
