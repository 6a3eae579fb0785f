type Cfg = {server: {tls: {cert: string?}?}?}
local function cert(c: Cfg): string
  if c.server and c.server.tls and c.server.tls.cert then
    return c.server.tls.cert
  end
  return ""
end
local function bad(c: Cfg): string
  if c.server then
    return c.server.tls.cert -- expect-error: NIL_ACCESS, TYPE_MISMATCH
  end
  return ""
end
print(cert({}), bad({}))
