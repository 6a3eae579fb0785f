-- covers: process.registry: register (oneself by default; ALREADY_EXISTS
-- on a conflict; a name with the form of a pid is refused), lookup
-- (NOT_FOUND for an unknown name), process.send to a name, unregister
-- (true, then false), registering again, registering a pid that has exited
local reg = process.registry
local me = process.pid()
print(reg.register("svc"))
print(reg.lookup("svc") == me)
local ok, err = reg.register("svc")
print(ok, err, err:kind(), errors.is(err, errors.ALREADY_EXISTS))
process.send("svc", "hello", "by name")
print(process.inbox():receive():payload():data())
print(reg.unregister("svc"), reg.unregister("svc"))
ok, err = reg.lookup("svc")
print(ok, err:kind(), err:message())
print(pcall(function() return reg.register("{local|0x1}") end))
print(reg.register("svc", me), reg.lookup("svc") == me)
print(reg.register("other", "{local|0x42}"))
