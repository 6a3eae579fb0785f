-- covers: matrix multiply, transpose, determinant, inverse via Gauss-Jordan
-- with partial pivoting (math.abs), identity checks with tolerances,
-- integer vs float results, string.format for fixed-width printing
local function new(r, c, f)
  local m = {rows = r, cols = c}
  for i = 1, r do
    m[i] = {}
    for j = 1, c do m[i][j] = f and f(i, j) or 0 end
  end
  return m
end
local function mul(a, b)
  assert(a.cols == b.rows, "dimension mismatch")
  return new(a.rows, b.cols, function(i, j)
    local s = 0
    for k = 1, a.cols do s = s + a[i][k] * b[k][j] end
    return s
  end)
end
local function transpose(a) return new(a.cols, a.rows, function(i, j) return a[j][i] end) end
local function show(name, m, fmtc)
  print(name .. " (" .. m.rows .. "x" .. m.cols .. ")")
  for i = 1, m.rows do
    local row = {}
    for j = 1, m.cols do row[j] = string.format(fmtc or "%8.3f", m[i][j]) end
    print(table.concat(row, " "))
  end
end
local function det(a)
  local n = a.rows
  local m = new(n, n, function(i, j) return a[i][j] end)
  local d = 1
  for c = 1, n do
    local p = c
    for r = c + 1, n do if math.abs(m[r][c]) > math.abs(m[p][c]) then p = r end end
    if m[p][c] == 0 then return 0 end
    if p ~= c then m[p], m[c] = m[c], m[p]; d = -d end
    d = d * m[c][c]
    for r = c + 1, n do
      local f = m[r][c] / m[c][c]
      for k = c, n do m[r][k] = m[r][k] - f * m[c][k] end
    end
  end
  return d
end
local function inverse(a)
  local n = a.rows
  local m = new(n, 2 * n, function(i, j) if j <= n then return a[i][j] end return (j - n == i) and 1 or 0 end)
  for c = 1, n do
    local p = c
    for r = c + 1, n do if math.abs(m[r][c]) > math.abs(m[p][c]) then p = r end end
    if math.abs(m[p][c]) < 1e-12 then return nil, "singular" end
    m[p], m[c] = m[c], m[p]
    local pv = m[c][c]
    for k = 1, 2 * n do m[c][k] = m[c][k] / pv end
    for r = 1, n do
      if r ~= c then
        local f = m[r][c]
        for k = 1, 2 * n do m[r][k] = m[r][k] - f * m[c][k] end
      end
    end
  end
  return new(n, n, function(i, j) return m[i][j + n] end)
end

local A = new(3, 3, function(i, j) return (i == j) and 4 or (i + j) % 3 end)
local B = new(3, 2, function(i, j) return i * 10 + j end)
show("A", A, "%3d")
show("B", B, "%3d")
local AB = mul(A, B)
show("AB", AB, "%4d")
print(math.type(AB[1][1]), math.type(det(A)))
show("AB^T", transpose(AB), "%4d")
print("det A", string.format("%.6f", det(A)))
local Ai = inverse(A)
show("A^-1", Ai)
local I = mul(A, Ai)
local maxerr = 0
for i = 1, 3 do for j = 1, 3 do
  maxerr = math.max(maxerr, math.abs(I[i][j] - (i == j and 1 or 0)))
end end
print("identity error small", maxerr < 1e-12)
print(inverse(new(2, 2, function(i, j) return i * j end)))
print(pcall(mul, A, A.rows and new(2, 2)))
-- rotation matrices compose: 30 + 60 degrees = 90 degrees
local function rot(deg)
  local r = math.rad(deg)
  return new(2, 2, function(i, j)
    if i == j then return math.cos(r) end
    return (i < j) and -math.sin(r) or math.sin(r)
  end)
end
show("rot90", mul(rot(30), rot(60)), "%7.4f")
local v = mul(rot(90), new(2, 1, function(i) return i == 1 and 1 or 0 end))
print(string.format("%.10f %.10f", v[1][1], v[2][1]), math.floor(v[2][1] + 0.5), math.tointeger(math.floor(v[2][1] + 0.5)))
-- powers of a Fibonacci matrix stay integers
local F = new(2, 2, function(i, j) return (i == 2 and j == 2) and 0 or 1 end)
local P = F
for _ = 2, 90 do P = mul(P, F) end
print(P[1][2], math.type(P[1][2]), P[1][1] + P[2][2])
