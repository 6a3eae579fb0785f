local time = require("time")
local work = channel.new()
local timeout = time.after("1s")
local r = channel.select({work:case_receive(), timeout:case_receive()})
if r.channel == timeout then
  print("timed out")
else
  print(r.value)
end
local ok: boolean = r.ok
print(ok)
