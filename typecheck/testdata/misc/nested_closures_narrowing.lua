local function outer(v: string?)
  if v == nil then return end
  local function inner()
    local function innermost()
      return v:upper()
    end
    return innermost()
  end
  return inner()
end
print(outer("x"))
