// Generated from backend/specs/openapi/broker.json by `make generate`. Do not edit.

export interface paths {
    "/api/v1/broker/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s id, name and currency */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account, oldest first */
        get: operations["getAccounts"];
        put?: never;
        /** Open a paper account with its own deposit and currency */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an account and everything in it (not the last one: 409) */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        /** Rename an account */
        patch: operations["renameAccount"];
        trace?: never;
    };
    "/api/v1/broker/accounts/{id}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the account afresh: working orders Canceled, positions and history gone, balance = deposit */
        post: operations["resetAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Durations, order types and features, to build an order ticket from */
        get: operations["getBrokerConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/equity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Balance, equity, P&L and margin */
        get: operations["getEquity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/executions/{symbol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Executions of the account in a symbol, oldest first */
        get: operations["getExecutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/leverage/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leverage of a symbol and its bounds (1–100) */
        get: operations["getLeverageInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/leverage/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a leverage change would mean, with warnings and errors */
        post: operations["previewLeverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/leverage/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the leverage of a symbol */
        put: operations["setLeverage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every order of the account, whatever its status, newest last */
        get: operations["getOrders"];
        put?: never;
        /** Place an order; an Idempotency-Key makes a retry return the first answer */
        post: operations["placeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/orders/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Estimated price, value, commission and margin of an order, without placing it */
        post: operations["previewOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a working order’s quantity, prices or brackets */
        put: operations["modifyOrder"];
        post?: never;
        /** Cancel a working order */
        delete: operations["cancelOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open positions with their unrealised P&L */
        get: operations["getPositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/positions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Close all, or amount of, a position at market */
        delete: operations["closePosition"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/positions/{id}/brackets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set, replace or remove the position’s stop-loss, take-profit and trailing stop */
        put: operations["setPositionBrackets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/broker/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account as of one change (seq): orders, positions, equity and executions in one read */
        get: operations["getSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: string;
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    getAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: string;
                        id: string;
                        name: string;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The account currency, one the catalogue converts (default USD) */
                    currency?: string;
                    /** @description Initial deposit in the account currency (default 100,000) */
                    deposit?: number;
                    /** @description Shown in the account switcher */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: string;
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    renameAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: string;
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    resetAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: string;
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    getBrokerConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commission as a fraction of traded value */
                        commissionRate: number;
                        durations: {
                            default?: boolean;
                            /** @description The duration takes a datetime (GTD) */
                            hasDatetime?: boolean;
                            /** @description How a ticket shows it, e.g. "Good till cancelled" */
                            name: string;
                            /**
                             * DurationType
                             * @description GTC good till cancelled (default); DAY until the close of the instrument’s current or next session; GTD until `datetime`; IOC and FOK fill at once or are Canceled
                             * @enum {string}
                             */
                            value: "GTC" | "DAY" | "GTD" | "IOC" | "FOK";
                        }[];
                        leverage: {
                            default: number;
                            max: number;
                            min: number;
                            step: number;
                        };
                        orderTypes: {
                            name: string;
                            /**
                             * OrderType
                             * @description 1 = Limit, 2 = Market, 3 = Stop, 4 = StopLimit
                             * @enum {integer}
                             */
                            value: 1 | 2 | 3 | 4;
                        }[];
                        supportsBrackets: boolean;
                        supportsLeverage: boolean;
                        supportsTrailingStop: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    getEquity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Deposit + realised P&L − commissions */
                        balance: number;
                        /** @description Balance + unrealised P&L */
                        equity: number;
                        marginAvailable: number;
                        marginUsed: number;
                        /** @description Gross of commissions */
                        realizedPL: number;
                        unrealizedPL: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    getExecutions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path: {
                /** @description Instrument ticker, e.g. AAPL, BTCUSD, EURUSD */
                symbol: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        commission: number;
                        id: string;
                        orderId: string;
                        price: number;
                        qty: number;
                        /**
                         * Side
                         * @description 1 = Buy, -1 = Sell
                         * @enum {integer}
                         */
                        side: 1 | -1;
                        symbol: string;
                        /** @description Unix milliseconds */
                        time: number;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    getLeverageInfo: {
        parameters: {
            query: {
                /** @description Instrument ticker, e.g. AAPL, BTCUSD, EURUSD */
                symbol: string;
                /** @description 1 = Limit, 2 = Market, 3 = Stop, 4 = StopLimit */
                orderType?: 1 | 2 | 3 | 4;
                /** @description 1 = Buy, -1 = Sell */
                side?: 1 | -1;
            };
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        leverage: number;
                        max: number;
                        min: number;
                        step: number;
                        title: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    previewLeverage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    leverage: number;
                    /**
                     * OrderType
                     * @description 1 = Limit, 2 = Market, 3 = Stop, 4 = StopLimit
                     * @enum {integer}
                     */
                    orderType?: 1 | 2 | 3 | 4;
                    /**
                     * Side
                     * @description 1 = Buy, -1 = Sell
                     * @enum {integer}
                     */
                    side?: 1 | -1;
                    /** @description Instrument ticker, e.g. AAPL, BTCUSD, EURUSD */
                    symbol: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors?: string[];
                        infos?: string[];
                        warnings?: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    setLeverage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    leverage: number;
                    /**
                     * OrderType
                     * @description 1 = Limit, 2 = Market, 3 = Stop, 4 = StopLimit
                     * @enum {integer}
                     */
                    orderType?: 1 | 2 | 3 | 4;
                    /**
                     * Side
                     * @description 1 = Buy, -1 = Sell
                     * @enum {integer}
                     */
                    side?: 1 | -1;
                    /** @description Instrument ticker, e.g. AAPL, BTCUSD, EURUSD */
                    symbol: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        leverage: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    getOrders: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Average fill price; 0 until filled */
                        avgPrice: number;
                        /**
                         * @description Why the broker Canceled the order: its duration expired, an IOC/FOK order could not fill at once, or the account was reset
                         * @enum {string}
                         */
                        cancelReason?: "expired" | "unfilled" | "reset";
                        /** OrderDuration */
                        duration?: {
                            /** @description GTD only: when the order expires, Unix milliseconds (in the future) */
                            datetime?: number;
                            /**
                             * DurationType
                             * @description GTC good till cancelled (default); DAY until the close of the instrument’s current or next session; GTD until `datetime`; IOC and FOK fill at once or are Canceled
                             * @enum {string}
                             */
                            type: "GTC" | "DAY" | "GTD" | "IOC" | "FOK";
                        };
                        /** @description When a DAY or GTD order expires, Unix milliseconds */
                        expiresAt?: number;
                        filledQty: number;
                        guaranteedStop?: number;
                        id: string;
                        limitPrice?: number;
                        parentId?: string;
                        /**
                         * ParentType
                         * @description 1 = Order, 2 = Position
                         * @enum {integer}
                         */
                        parentType?: 1 | 2;
                        qty: number;
                        /** @description Why a Rejected order was refused */
                        rejectReason?: string;
                        /**
                         * Side
                         * @description 1 = Buy, -1 = Sell
                         * @enum {integer}
                         */
                        side: 1 | -1;
                        /**
                         * OrderStatus
                         * @description 1 = Canceled, 2 = Filled, 3 = Inactive, 4 = Placing, 5 = Rejected, 6 = Working
                         * @enum {integer}
                         */
                        status: 1 | 2 | 3 | 4 | 5 | 6;
                        stopLoss?: number;
                        stopPrice?: number;
                        /**
                         * StopType
                         * @description 0 = StopLoss, 1 = TrailingStop, 2 = GuaranteedStop
                         * @enum {integer}
                         */
                        stopType?: 0 | 1 | 2;
                        symbol: string;
                        takeProfit?: number;
                        trailingStopPips?: number;
                        /**
                         * OrderType
                         * @description 1 = Limit, 2 = Market, 3 = Stop, 4 = StopLimit
                         * @enum {integer}
                         */
                        type: 1 | 2 | 3 | 4;
                        /** @description Unix milliseconds of the last change */
                        updateTime: number;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    placeOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The quote the client saw (when no seenPrice): the preview warns when the market moved since */
                    currentQuotes?: {
                        ask: number;
                        bid: number;
                    };
                    /** OrderDuration */
                    duration?: {
                        /** @description GTD only: when the order expires, Unix milliseconds (in the future) */
                        datetime?: number;
                        /**
                         * DurationType
                         * @description GTC good till cancelled (default); DAY until the close of the instrument’s current or next session; GTD until `datetime`; IOC and FOK fill at once or are Canceled
                         * @enum {string}
                         */
                        type: "GTC" | "DAY" | "GTD" | "IOC" | "FOK";
                    };
                    guaranteedStop?: number;
                    limitPrice?: number;
                    qty: number;
                    /** @description The price the client saw; the preview warns when the market moved since */
                    seenPrice?: number;
                    /**
                     * Side
                     * @description 1 = Buy, -1 = Sell
                     * @enum {integer}
                     */
                    side: 1 | -1;
                    stopLoss?: number;
                    stopPrice?: number;
                    /**
                     * StopType
                     * @description 0 = StopLoss, 1 = TrailingStop, 2 = GuaranteedStop
                     * @enum {integer}
                     */
                    stopType?: 0 | 1 | 2;
                    /** @description Instrument ticker, e.g. AAPL, BTCUSD, EURUSD */
                    symbol: string;
                    takeProfit?: number;
                    trailingStopPips?: number;
                    /**
                     * OrderType
                     * @description 1 = Limit, 2 = Market, 3 = Stop, 4 = StopLimit
                     * @enum {integer}
                     */
                    type: 1 | 2 | 3 | 4;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        orderId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    previewOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The quote the client saw (when no seenPrice): the preview warns when the market moved since */
                    currentQuotes?: {
                        ask: number;
                        bid: number;
                    };
                    /** OrderDuration */
                    duration?: {
                        /** @description GTD only: when the order expires, Unix milliseconds (in the future) */
                        datetime?: number;
                        /**
                         * DurationType
                         * @description GTC good till cancelled (default); DAY until the close of the instrument’s current or next session; GTD until `datetime`; IOC and FOK fill at once or are Canceled
                         * @enum {string}
                         */
                        type: "GTC" | "DAY" | "GTD" | "IOC" | "FOK";
                    };
                    guaranteedStop?: number;
                    limitPrice?: number;
                    qty: number;
                    /** @description The price the client saw; the preview warns when the market moved since */
                    seenPrice?: number;
                    /**
                     * Side
                     * @description 1 = Buy, -1 = Sell
                     * @enum {integer}
                     */
                    side: 1 | -1;
                    stopLoss?: number;
                    stopPrice?: number;
                    /**
                     * StopType
                     * @description 0 = StopLoss, 1 = TrailingStop, 2 = GuaranteedStop
                     * @enum {integer}
                     */
                    stopType?: 0 | 1 | 2;
                    /** @description Instrument ticker, e.g. AAPL, BTCUSD, EURUSD */
                    symbol: string;
                    takeProfit?: number;
                    trailingStopPips?: number;
                    /**
                     * OrderType
                     * @description 1 = Limit, 2 = Market, 3 = Stop, 4 = StopLimit
                     * @enum {integer}
                     */
                    type: 1 | 2 | 3 | 4;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmId?: string;
                        errors?: string[];
                        sections: {
                            header?: string;
                            rows: {
                                title: string;
                                value: string;
                            }[];
                        }[];
                        warnings?: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    modifyOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The quote the client saw (when no seenPrice): the preview warns when the market moved since */
                    currentQuotes?: {
                        ask: number;
                        bid: number;
                    };
                    /** OrderDuration */
                    duration?: {
                        /** @description GTD only: when the order expires, Unix milliseconds (in the future) */
                        datetime?: number;
                        /**
                         * DurationType
                         * @description GTC good till cancelled (default); DAY until the close of the instrument’s current or next session; GTD until `datetime`; IOC and FOK fill at once or are Canceled
                         * @enum {string}
                         */
                        type: "GTC" | "DAY" | "GTD" | "IOC" | "FOK";
                    };
                    guaranteedStop?: number;
                    limitPrice?: number;
                    qty: number;
                    /** @description The price the client saw; the preview warns when the market moved since */
                    seenPrice?: number;
                    /**
                     * Side
                     * @description 1 = Buy, -1 = Sell
                     * @enum {integer}
                     */
                    side: 1 | -1;
                    stopLoss?: number;
                    stopPrice?: number;
                    /**
                     * StopType
                     * @description 0 = StopLoss, 1 = TrailingStop, 2 = GuaranteedStop
                     * @enum {integer}
                     */
                    stopType?: 0 | 1 | 2;
                    /** @description Instrument ticker, e.g. AAPL, BTCUSD, EURUSD */
                    symbol: string;
                    takeProfit?: number;
                    trailingStopPips?: number;
                    /**
                     * OrderType
                     * @description 1 = Limit, 2 = Market, 3 = Stop, 4 = StopLimit
                     * @enum {integer}
                     */
                    type: 1 | 2 | 3 | 4;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    getPositions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        avgPrice: number;
                        /** @description The symbol: one net position per symbol */
                        id: string;
                        /** @description 0 means closed */
                        qty: number;
                        /**
                         * Side
                         * @description 1 = Buy, -1 = Sell
                         * @enum {integer}
                         */
                        side: 1 | -1;
                        stopLoss?: number;
                        symbol: string;
                        takeProfit?: number;
                        trailingStopPips?: number;
                        unrealizedPl: number;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    closePosition: {
        parameters: {
            query?: {
                /** @description Quantity to close; all when absent */
                amount?: string;
            };
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path: {
                /** @description Instrument ticker, e.g. AAPL, BTCUSD, EURUSD */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    setPositionBrackets: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path: {
                /** @description Instrument ticker, e.g. AAPL, BTCUSD, EURUSD */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    guaranteedStop?: number;
                    stopLoss?: number;
                    takeProfit?: number;
                    trailingStopPips?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        /** @enum {boolean} */
                        success: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
    getSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /** @description The account to act on; the oldest account when absent */
                "x-account-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** AccountMetainfo */
                        account: {
                            currency: string;
                            id: string;
                            name: string;
                        };
                        /** EquityData */
                        equity: {
                            /** @description Deposit + realised P&L − commissions */
                            balance: number;
                            /** @description Balance + unrealised P&L */
                            equity: number;
                            marginAvailable: number;
                            marginUsed: number;
                            /** @description Gross of commissions */
                            realizedPL: number;
                            unrealizedPL: number;
                        };
                        /** @description Every execution, oldest first */
                        executions: {
                            commission: number;
                            id: string;
                            orderId: string;
                            price: number;
                            qty: number;
                            /**
                             * Side
                             * @description 1 = Buy, -1 = Sell
                             * @enum {integer}
                             */
                            side: 1 | -1;
                            symbol: string;
                            /** @description Unix milliseconds */
                            time: number;
                        }[];
                        /** @description Every order, oldest first */
                        orders: {
                            /** @description Average fill price; 0 until filled */
                            avgPrice: number;
                            /**
                             * @description Why the broker Canceled the order: its duration expired, an IOC/FOK order could not fill at once, or the account was reset
                             * @enum {string}
                             */
                            cancelReason?: "expired" | "unfilled" | "reset";
                            /** OrderDuration */
                            duration?: {
                                /** @description GTD only: when the order expires, Unix milliseconds (in the future) */
                                datetime?: number;
                                /**
                                 * DurationType
                                 * @description GTC good till cancelled (default); DAY until the close of the instrument’s current or next session; GTD until `datetime`; IOC and FOK fill at once or are Canceled
                                 * @enum {string}
                                 */
                                type: "GTC" | "DAY" | "GTD" | "IOC" | "FOK";
                            };
                            /** @description When a DAY or GTD order expires, Unix milliseconds */
                            expiresAt?: number;
                            filledQty: number;
                            guaranteedStop?: number;
                            id: string;
                            limitPrice?: number;
                            parentId?: string;
                            /**
                             * ParentType
                             * @description 1 = Order, 2 = Position
                             * @enum {integer}
                             */
                            parentType?: 1 | 2;
                            qty: number;
                            /** @description Why a Rejected order was refused */
                            rejectReason?: string;
                            /**
                             * Side
                             * @description 1 = Buy, -1 = Sell
                             * @enum {integer}
                             */
                            side: 1 | -1;
                            /**
                             * OrderStatus
                             * @description 1 = Canceled, 2 = Filled, 3 = Inactive, 4 = Placing, 5 = Rejected, 6 = Working
                             * @enum {integer}
                             */
                            status: 1 | 2 | 3 | 4 | 5 | 6;
                            stopLoss?: number;
                            stopPrice?: number;
                            /**
                             * StopType
                             * @description 0 = StopLoss, 1 = TrailingStop, 2 = GuaranteedStop
                             * @enum {integer}
                             */
                            stopType?: 0 | 1 | 2;
                            symbol: string;
                            takeProfit?: number;
                            trailingStopPips?: number;
                            /**
                             * OrderType
                             * @description 1 = Limit, 2 = Market, 3 = Stop, 4 = StopLimit
                             * @enum {integer}
                             */
                            type: 1 | 2 | 3 | 4;
                            /** @description Unix milliseconds of the last change */
                            updateTime: number;
                        }[];
                        positions: {
                            avgPrice: number;
                            /** @description The symbol: one net position per symbol */
                            id: string;
                            /** @description 0 means closed */
                            qty: number;
                            /**
                             * Side
                             * @description 1 = Buy, -1 = Sell
                             * @enum {integer}
                             */
                            side: 1 | -1;
                            stopLoss?: number;
                            symbol: string;
                            takeProfit?: number;
                            trailingStopPips?: number;
                            unrealizedPl: number;
                        }[];
                        /** @description The account change this answer reflects; drop pushes with a lower seq */
                        seq: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description HTTP reason phrase, e.g. "Bad Request" */
                        error: string;
                        /** @description Human-readable explanation naming the offending field */
                        message: string;
                        statusCode: number;
                    };
                };
            };
        };
    };
}
