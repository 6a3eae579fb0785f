local function run(f: (number) -> ())
  f(1)
end
run(function() print("ignores its argument") end)
run(function(a, b) print(a, b) end)
run(function(a: number, b: string) print(a, b) end) -- expect-error: TYPE_MISMATCH
