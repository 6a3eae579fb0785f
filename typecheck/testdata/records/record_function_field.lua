type Handler = {name: string, run: (input: string) -> number}
local h: Handler = {
  name = "len",
  run = function(input) return #input end,
}
local n: number = h.run("abc")
local bad: Handler = {
  name = "x",
  run = function(input) return input end, -- expect-error: TYPE_MISMATCH
}
h.run(5) -- expect-error: TYPE_MISMATCH
print(n, bad)
