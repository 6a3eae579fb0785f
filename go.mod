module wippylua

go 1.26
