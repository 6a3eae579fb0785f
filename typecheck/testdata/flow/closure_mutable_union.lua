-- An unannotated local assigned after its declaration: a closure may run
-- at any time, so it sees the union of the values the local may hold, the
-- initialiser and every assignment (mutable.go).
local function counter(start: integer): () -> integer
  local n = start
  return function()
    n = n + 1 -- integer + integer: still integer
    return n
  end
end

local function labels(): () -> string
  local label = "none"
  local function set(v: string) label = v end
  set("x")
  return function() return label:upper() end
end

local function maybe(): () -> number
  local last = nil
  local function record(v: number) last = v end
  record(1)
  return function() return last + 1 end -- expect-error: NIL_ACCESS
end

local function mixed(): () -> string
  local v = 0
  local function set(s: string) v = s end
  set("a")
  return function()
    local s: string = v -- expect-error: TYPE_MISMATCH
    return s
  end
end

-- A fixpoint: the assignment reads the local itself.
local function halves(): () -> integer
  local x = 8
  local function step() x = x / 2 end
  step()
  return function()
    local i: integer = x -- expect-error: TYPE_MISMATCH
    return i
  end
end

-- Calls of known functions and fields of known types count too.
type Box = {value: string}
local function fromBox(b: Box): () -> string
  local text = ""
  local function load() text = b.value .. tostring(#b.value) end
  load()
  return function() return text end
end

-- A value whose type cannot be told before checking it (a table
-- constructor here) makes the local any, as before.
local function opaque(): () -> string
  local v = 0
  local function set() v = {} end
  set()
  return function() return v.anything end
end

print(counter(1)(), labels()(), maybe()(), mixed()(), halves()(), fromBox({value = "b"})(), opaque()())
