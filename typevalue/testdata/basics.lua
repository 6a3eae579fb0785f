-- Built-in type values, T(v) and T:is(v).
print(type(number), tostring(number), getmetatable(number))
print(number(42), integer(7), boolean(false), any(nil), unknown("x"))

-- integer follows math.type: an integral float is still a float.
print(integer:is(3))
print(integer:is(3.0))
print(number:is(3.0))

-- T:is returns v, nil or nil, err; err is an INVALID error value.
local v, err = boolean:is("yes")
print(v, err)
print(errors.is(err, errors.INVALID), err:kind(), err:message())

-- T(v) raises the same error value.
local ok, e = pcall(number, "12")
print(ok, e, errors.is(e, "INVALID"))
print(pcall(never, 1))
print(type(thread(coroutine.create(print))))
print(userdata:is(io.stdout) == io.stdout, userdata:is(1))

-- any and unknown accept everything, nil included.
print(any:is(nil))
print(unknown:is(print) == print)

-- Type values have no writable state.
print(pcall(function() number.x = 1 end))
print(pcall(setmetatable, number, {}))

-- A method of type values needs a type value.
print(pcall(function() return number.is(5, 5) end))
print(pcall(function() return number:is() end))
