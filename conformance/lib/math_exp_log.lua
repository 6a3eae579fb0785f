-- math.exp, math.log and math.sqrt at ordinary and extreme arguments.
for _, x in ipairs({0, 1, -1, 2, 0.5, 10, -10, 100, -100, 1e-10, -1e-10, 1e-300,
    700, 709, 709.78, 709.79, 710, -700, -708, -709, -720, -740, -744, -745, -745.2, -750}) do
  print("exp", x, math.exp(x))
end
print(math.exp(math.huge), math.exp(-math.huge), math.exp(0/0), math.exp(-(0/0)))
for _, x in ipairs({1, 2, 10, 0.5, 100, 1e10, 1e-10, 1e300, 1e-300, 1e-310, 5e-324, 2^-1074, 2^1023,
    math.maxinteger, 1 + 2^-52, 1 - 2^-53, 0.999, 1.001, 2.718281828459045}) do
  print("log", x, math.log(x))
end
print(math.log(0), math.log(-0.0), math.log(-1), math.log(math.huge), math.log(-math.huge), math.log(0/0))
for _, x in ipairs({0, 1, 2, 4, 0.25, 1e-300, 1e300, 2^-1074, 1e-310, 10, 1e100, math.maxinteger}) do
  print("sqrt", x, math.sqrt(x))
end
print(math.sqrt(-0.0), math.sqrt(-1), math.sqrt(math.huge), math.sqrt(-math.huge))
-- exp and log undo each other on simple values
print(math.log(math.exp(1)), math.exp(math.log(10)), math.log(math.exp(-3.5)))
print(math.exp(1) == 2.718281828459045, math.log(10) == 2.302585092994046)
