-- Unions, literals and optionals.
local function check(T, v)
  local r, err = T:is(v)
  if err then print("fail", err:message()) else print("ok", type(r) == "table" and "table" or r) end
end

type Id = string | integer
check(Id, "a")
check(Id, 7)
check(Id, 7.5)
check(Id, nil)

-- Literal types compare like rawequal: the literal 1 accepts 1.0.
type Dir = "up" | "down"
check(Dir, "up")
check(Dir, "left")
check(Dir, 1)
type One = 1
check(One, 1.0)
check(One, 2)
type Yes = true
check(Yes, true)
check(Yes, false)

-- Optional: nil or the inner type.
type MaybeNum = number?
check(MaybeNum, nil)
check(MaybeNum, 3)
check(MaybeNum, "3")

-- Tagged unions: the one member that can take a table is blamed.
type Shape = {kind: "circle", r: number} | {kind: "rect", w: number, h: number} | string
check(Shape, {kind = "circle", r = 2})
check(Shape, {kind = "rect", w = 1, h = 2})
check(Shape, "named")
check(Shape, {kind = "rect", w = 1})
check(Shape, 5)

type Event = {kind: "click", x: number} | number
check(Event, {kind = "click", x = "1"})

-- Intersections need every member.
type A = {a: number}
type B = {b: string}
type AB = A & B
check(AB, {a = 1, b = "x"})
check(AB, {a = 1})

-- A union member with validators.
type Small = (integer @max(9)) | "many"
check(Small, 3)
check(Small, 30)
check(Small, "many")
