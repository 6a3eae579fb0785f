-- Arrays: tables whose keys are exactly 1..n.
type Names = {string}
local function check(T, v)
  local r, err = T:is(v)
  if err then print("fail", err:message()) else print("ok", r == v) end
end

check(Names, {})
check(Names, {"a", "b", "c"})
check(Names, {"a", nil, "c"})
check(Names, {"a", "b", x = "c"})
check(Names, {[0] = "z", "a"})
check(Names, {[1.5] = "a"})
check(Names, {[2] = "b"})
check(Names, {"a", 2, "c"})
check(Names, "abc")
local big = {}
for i = 1, 1000 do big[i] = tostring(i) end
check(Names, big)
big[500] = 500
check(Names, big)

-- Nested arrays name every index on the path.
type Grid = {{integer}}
check(Grid, {{1, 2}, {3, 4.5}})

-- Maps check every key and value.
type Scores = {[string]: number}
check(Scores, {})
check(Scores, {ann = 1, bob = 2.5})
check(Scores, {ann = "high"})
check(Scores, {[1] = 1})
type ById = {[integer]: {name: string}}
check(ById, {[10] = {name = "x"}, [20] = {name = 5}})
type Weird = {[string]: boolean}
check(Weird, {["not a name"] = 0})

-- table accepts any table, arrays included.
check(table, {1, 2, x = 3})
check(table, 5)
