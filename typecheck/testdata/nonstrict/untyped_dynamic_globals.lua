config = {debug = false}
config.level = 3
_G.dynamic = 1
print(dynamic, config.level, undefined_global)
function helper(a, b) return a + b end
print(helper(1, 2), helper("1", "2"))
