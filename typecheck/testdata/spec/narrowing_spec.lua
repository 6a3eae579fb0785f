-- spec "Checker": narrowing by type(x) == "string", x ~= nil, truthiness,
-- tagged unions on a literal field, assert(x), the v, err idiom, T:is(x).
type Ev = {kind: "click", x: number} | {kind: "key", code: string}
local function handle(e: Ev, v: unknown, maybe: string?)
  if type(v) == "string" then print(v:upper()) end
  if maybe ~= nil then print(maybe:upper()) end
  if maybe then print(#maybe) end
  if e.kind == "click" then print(e.x + 1) else print(e.code:upper()) end
  assert(maybe)
  print(maybe:lower())
  if number:is(v) then print(v + 1) end
end
handle({kind = "key", code = "a"}, 1, "x")
