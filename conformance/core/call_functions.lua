-- covers: function definitions (global, local, field, method), parameters adjustment
function globalfn(a, b) return a, b end
print(globalfn(1), globalfn(1, 2, 3))
local function localfn(...) return select("#", ...) end
print(localfn(), localfn(nil), localfn(1, 2))
local ns = {sub = {}}
function ns.f(x) return "ns.f " .. x end
function ns.sub.g(x) return "ns.sub.g " .. x end
function ns.sub:m(x) return self == ns.sub, x end
print(ns.f(1), ns.sub.g(2), ns.sub:m(3))
-- missing args are nil, extra args discarded
local function three(a, b, c) return a, b, c end
print(three(1))
print(three(1, 2, 3, 4, 5))
-- call syntax sugar: f"str", f{table}, f[[long]]
local function show(x) return type(x) == "table" and "table:" .. #x or "string:" .. x end
print(show"hello", show{1, 2, 3}, show[[long]])
local chained = function(s) return function(t) return s .. #t end end
print(chained"n"{1, 2})
-- method call on a string literal requires parentheses; here call result indexing
local function mk() return {v = "field"} end
print(mk().v, mk()["v"])
-- function values compared and stored
local f1 = function() end
local t = {[f1] = "f1"}
print(t[f1], type(f1), type(print))
-- parameters are locals
local function mod(p) p = p * 2; return p end
local orig = 5
print(mod(orig), orig)
-- tables passed by reference
local function push(list, v) list[#list + 1] = v end
local l = {}
push(l, "a"); push(l, "b")
print(#l, l[2])
-- functions with many parameters
local function many(a, b, c, d, e, f, g, h, i, j) return a + b + c + d + e + f + g + h + i + j end
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
globalfn = nil
print(globalfn)
