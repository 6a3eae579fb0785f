local function next_id(seen: {[integer]: boolean}): integer
  local i = 1
  while true do
    if not seen[i] then
      return i
    end
    i = i + 1
  end
end
print(next_id({}))
