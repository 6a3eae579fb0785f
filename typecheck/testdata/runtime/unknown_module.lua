local lib = require("something_else")
lib.anything(1, 2)
local x: number = lib.value
print(x)
