local function f(xs: {string}): integer
  local acc = 0
  for i, x in ipairs(xs) do
    -- after the first pass acc may be a string: no error is reported
    -- from the pass that assumed it an integer
    if i > 1 then
      acc = acc .. x
    end
  end
  return #tostring(acc)
end
print(f({"a"}))
