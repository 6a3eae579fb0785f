local ch = channel.new(1)
ch:send(1)
local v, ok = ch:receive()
local okb: boolean = ok
ch:close()
ch:nosuch() -- expect-error: UNDEFINED_FIELD
local r = channel.select({ch:case_receive()})
local got: boolean = r.ok
print(v, okb, got)
