-- spec "Checker": the signatures of the standard library, the runtime
-- globals and the runtime modules are known.
local json = require("json")
local time = require("time")
local n: number = math.floor(2.5)
local s: string = string.rep("ab", 2)
local bad: string = math.max(1, 2) -- expect-error: TYPE_MISMATCH
table.insert({1}, 2)
os.time("now") -- expect-error: TYPE_MISMATCH
local text, err = json.encode({a = 1})
local decoded = json.decode({}) -- expect-error: TYPE_MISMATCH
local ch = channel.new(4)
ch:send(1)
ch:recieve() -- expect-error: UNDEFINED_FIELD
local pid: string = process.pid()
process.send(pid) -- expect-error: ARG_COUNT
local e = errors.new({message = "m", kind = "INVALID"})
local k: string = e:kind()
local wrongKind = errors.new({message = "m", kind = "OOPS"}) -- expect-error: TYPE_MISMATCH
time.sleep(true) -- expect-error: TYPE_MISMATCH
print(n, s, bad, text, err, decoded, k, wrongKind)
