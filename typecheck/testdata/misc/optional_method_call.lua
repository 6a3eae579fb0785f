type Conn = {close: (self: Conn) -> (), send: (self: Conn, data: string) -> boolean}
local function get(): Conn?
  return nil
end
local c = get()
c:send("x") -- expect-error: NIL_ACCESS
if c then
  local ok: boolean = c:send("y")
  c:close()
  c:send(1) -- expect-error: TYPE_MISMATCH
  print(ok)
end
