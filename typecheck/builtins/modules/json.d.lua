-- require("json")
local json: {
	encode: (value: any) -> (string?, error?),
	decode: (text: string) -> (any, error?),
	array: (t: table?) -> table,
	object: (t: table?) -> table,
	null: any,
}
return json
