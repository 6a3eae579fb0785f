-- covers: singly linked list operations: build, reverse, map, filter, length, nth, iterate
local function cons(h, t) return {head = h, tail = t} end
local function fromarray(a) local l = nil for i = #a, 1, -1 do l = cons(a[i], l) end return l end
local function toarray(l) local a = {} while l do a[#a + 1] = l.head; l = l.tail end return a end
local function show(l) local s = "(" local first = true while l do s = s .. (first and "" or " ") .. tostring(l.head); first = false; l = l.tail end return s .. ")" end
local function reverse(l) local r = nil while l do r = cons(l.head, r); l = l.tail end return r end
local function map(l, f) if not l then return nil end return cons(f(l.head), map(l.tail, f)) end
local function filter(l, p)
  if not l then return nil end
  if p(l.head) then return cons(l.head, filter(l.tail, p)) end
  return filter(l.tail, p)
end
local function length(l) local n = 0 while l do n = n + 1; l = l.tail end return n end
local function nth(l, n) for _ = 2, n do if not l then return nil end l = l.tail end return l and l.head end
local function iter(l)
  return function()
    if l then local h = l.head; l = l.tail; return h end
  end
end
local l = fromarray({1, 2, 3, 4, 5})
print(show(l), length(l), nth(l, 3), nth(l, 9))
print(show(reverse(l)))
print(show(map(l, function(x) return x * x end)))
print(show(filter(l, function(x) return x % 2 == 1 end)))
print(show(nil), length(nil), show(reverse(nil)))
local sum = 0
for v in iter(l) do sum = sum + v end
print(sum)
-- a long list built iteratively and reversed
local big = nil
for i = 1, 10000 do big = cons(i, big) end
print(length(big), big.head, reverse(big).head)
-- merge two sorted lists
local function mergesorted(a, b)
  if not a then return b end
  if not b then return a end
  if a.head <= b.head then return cons(a.head, mergesorted(a.tail, b)) end
  return cons(b.head, mergesorted(a, b.tail))
end
print(show(mergesorted(fromarray({1, 4, 9}), fromarray({2, 3, 10, 11}))))
local arr = toarray(fromarray({"x", "y"}))
print(#arr, arr[1], arr[2])
