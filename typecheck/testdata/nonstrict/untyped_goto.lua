local i = 1
::top::
if i <= 3 then
  print(i)
  i = i + 1
  goto top
end
for j = 1, 3 do
  for k = 1, 3 do
    if k == 2 then goto next end
    print(j, k)
  end
  ::next::
end
