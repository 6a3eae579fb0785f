-- covers: floor division // and modulo % with every sign combination, ints and floats
local pairs_ = {
  {7, 3}, {-7, 3}, {7, -3}, {-7, -3},
  {6, 3}, {-6, 3}, {6, -3}, {-6, -3},
  {0, 5}, {0, -5}, {1, 7}, {-1, 7}, {1, -7}, {-1, -7},
}
for i = 1, #pairs_ do
  local a, b = pairs_[i][1], pairs_[i][2]
  print(a, b, a // b, a % b, (a // b) * b + a % b == a)
end
print("floats")
local fpairs = {
  {7.5, 2}, {-7.5, 2}, {7.5, -2}, {-7.5, -2},
  {7, 2.0}, {-7, 2.0}, {7.0, -2}, {-7.0, -2.0},
  {5.25, 0.5}, {-5.25, 0.5}, {0.0, 3}, {1, 0.25},
}
for i = 1, #fpairs do
  local a, b = fpairs[i][1], fpairs[i][2]
  print(a, b, a // b, a % b)
end
print("constants")
print(7 // 3, -7 // 3, 7 // -3, -7 // -3)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.0 // 3, -7.0 // 3, 7 // -3.0, -7 // -3.0)
print(7.0 % 3, -7.0 % 3, 7 % -3.0, -7 % -3.0)
print(-0.5 // 1, 0.5 // -1, -0.5 % 1, 0.5 % -1)
print(3 % -2, -3 % 2, 3 % 2, -3 % -2)
print(5.5 % 1, -5.5 % 1, 5.5 % -1, -5.5 % -1)
