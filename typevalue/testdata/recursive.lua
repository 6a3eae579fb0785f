-- Recursive aliases, cyclic values and generic aliases.
local function check(T, v)
  local r, err = T:is(v)
  if err then print("fail", err:message()) else print("ok") end
end

type Node = {value: number, next: Node?}
check(Node, {value = 1})
check(Node, {value = 1, next = {value = 2, next = {value = 3}}})
check(Node, {value = 1, next = {value = 2, next = {value = "3"}}})
print(Node, Node:field("next"), Node:field("next"):inner() == Node)

-- A cyclic value: the check assumes a table already being checked
-- against the same type conforms, so it ends.
local a = {value = 1}
a.next = a
check(Node, a)
local b = {value = 2}
local c = {value = "bad", next = b}
b.next = c
check(Node, b)

-- Mutually recursive aliases.
type Tree = {label: string, children: Forest}
type Forest = {Tree}
check(Tree, {label = "root", children = {{label = "leaf", children = {}}}})
check(Tree, {label = "root", children = {{label = "leaf", children = {{label = 1, children = {}}}}}})

-- JSON-like values.
type Json = nil | boolean | number | string | {Json} | {[string]: Json}
check(Json, {1, "two", {three = {true, false}}})
check(Json, {f = print})

-- A long list is fine; a value nested deeper than the limit fails.
local list
for i = 1, 5000 do list = {value = i, next = list} end
check(Node, list)
for i = 1, 6000 do list = {value = i, next = list} end
check(Node, list)

-- Generic aliases: the value of the generic alias leaves its parameters
-- open (they accept anything); instances are checked.
type Pair<A, B> = {first: A, second: B}
type NumStr = Pair<number, string>
check(Pair, {first = {}, second = print})
check(NumStr, {first = 1, second = "x"})
check(NumStr, {first = 1, second = 2})
print(Pair, NumStr, Pair:field("first"):kind())
type Result<T> = {ok: true, value: T} | {ok: false, error: string}
type IntResult = Result<integer>
check(IntResult, {ok = true, value = 5})
check(IntResult, {ok = false, error = "no"})
check(IntResult, {ok = true, value = "5"})
check(IntResult, {ok = false})
