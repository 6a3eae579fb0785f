local function mean(xs)
  local sum = 0
  for _, x in ipairs(xs) do sum = sum + x end
  return #xs > 0 and sum / #xs or 0
end

return {mean = mean}
