local xs: {string} = {"a", "b"}
xs[#xs] = nil
local m: {[string]: boolean} = {a = true}
m.a = nil
print(#xs)
