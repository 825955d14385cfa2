module github.com/acme/inventory

go 1.22

toolchain go1.22.3

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/jackc/pgx/v5 v5.5.5
	go.uber.org/zap v1.27.0
	github.com/acme/shared v0.4.1
	github.com/bytedance/sonic v1.11.6 // indirect
	golang.org/x/net v0.25.0 // indirect
)

require github.com/stretchr/testify v1.9.0

replace github.com/acme/shared => ../shared

replace golang.org/x/net v0.25.0 => golang.org/x/net v0.26.0

exclude github.com/gin-gonic/gin v1.9.0

retract v0.1.0 // published by mistake
