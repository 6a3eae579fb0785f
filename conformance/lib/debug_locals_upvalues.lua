-- covers: debug.getinfo fields, getlocal/setlocal (named, temporaries, varargs,
-- parameters of a function value), getupvalue/setupvalue, upvalueid, upvaluejoin
local function f(a, b, ...)
  local x = a + b
  local info = debug.getinfo(1, "nSlu")
  print(info.name, info.namewhat, info.short_src, info.linedefined, info.lastlinedefined,
        info.currentline, info.what, info.nups, info.nparams, info.isvararg)
  print(debug.getlocal(1, 1))
  print(debug.getlocal(1, 3))
  print(debug.getlocal(1, -1))
  print(debug.getlocal(1, -2))
  print(debug.getlocal(1, -3))
  print(debug.setlocal(1, 3, 100))
  return x
end
print(f(1, 2, "v1", "v2"))
print(debug.getlocal(f, 1), debug.getlocal(f, 2), debug.getlocal(f, 3))
print(pcall(debug.getlocal, 50, 1))
local up1, up2 = 10, 20
local function g() return up1 + up2 end
print(debug.getupvalue(g, 1))
print(debug.getupvalue(g, 2))
print(debug.getupvalue(g, 3))
print(debug.setupvalue(g, 1, 5), g(), up1)
local function h() return up1 end
print(debug.upvalueid(g, 1) == debug.upvalueid(h, 1), debug.upvalueid(g, 1) == debug.upvalueid(g, 2))
debug.upvaluejoin(h, 1, g, 2)
print(h(), debug.upvalueid(h, 1) == debug.upvalueid(g, 2))
print(pcall(debug.upvaluejoin, h, 5, g, 1))
print(pcall(debug.upvaluejoin, print, 1, g, 1))
print(debug.getinfo(print).what, debug.getinfo(print).short_src, debug.getinfo(100))
print(debug.getinfo(1, "S").what, debug.getinfo(1, "t").istailcall)
local function tail() return debug.getinfo(1, "t").istailcall end
local function caller() return tail() end
print(caller())
print(pcall(debug.getinfo, 1, "q"))
