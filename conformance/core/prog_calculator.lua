-- covers: recursive-descent expression parser and evaluator over a token array
local function parse(tokens)
  local pos = 1
  local function peek() return tokens[pos] end
  local function take() pos = pos + 1; return tokens[pos - 1] end
  local expr
  local function primary()
    local t = take()
    if type(t) == "number" then return {"num", t} end
    if t == "(" then
      local e = expr()
      if take() ~= ")" then error("expected )", 0) end
      return e
    end
    if t == "-" then return {"neg", primary()} end
    error("unexpected token " .. tostring(t), 0)
  end
  local function power()
    local base = primary()
    if peek() == "^" then take(); return {"^", base, power()} end
    return base
  end
  local function term()
    local left = power()
    while peek() == "*" or peek() == "/" or peek() == "%" do
      local op = take()
      left = {op, left, power()}
    end
    return left
  end
  function expr()
    local left = term()
    while peek() == "+" or peek() == "-" do
      local op = take()
      left = {op, left, term()}
    end
    return left
  end
  local tree = expr()
  if pos <= #tokens then error("trailing tokens", 0) end
  return tree
end
local function eval(n)
  local k = n[1]
  if k == "num" then return n[2] end
  if k == "neg" then return -eval(n[2]) end
  local a, b = eval(n[2]), eval(n[3])
  if k == "+" then return a + b elseif k == "-" then return a - b
  elseif k == "*" then return a * b elseif k == "/" then return a / b
  elseif k == "%" then return a % b else return a ^ b end
end
local function show(n)
  if n[1] == "num" then return tostring(n[2]) end
  if n[1] == "neg" then return "(-" .. show(n[2]) .. ")" end
  return "(" .. show(n[2]) .. " " .. n[1] .. " " .. show(n[3]) .. ")"
end
local cases = {
  {1, "+", 2, "*", 3},
  {"(", 1, "+", 2, ")", "*", 3},
  {2, "^", 3, "^", 2},
  {"-", 2, "^", 2},
  {10, "/", 4, "-", 1},
  {7, "%", 3, "+", 0.5},
  {"(", "(", 1, ")", ")"},
}
for i = 1, #cases do
  local tree = parse(cases[i])
  print(show(tree), eval(tree))
end
print(pcall(parse, {1, "+"}))
print(pcall(parse, {"(", 1}))
print(pcall(parse, {1, 2}))
