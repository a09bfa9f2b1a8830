// Generated from backend/specs/openapi/merged.json by `make generate`. Do not edit.

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
    "/api/v1/core/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, the modules loaded in this process and the state of its event bus */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/core/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API versions, their status and dates */
        get: operations["getVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/bars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historical bars in [from_time, to_time), ascending */
        get: operations["getBars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resolutions, exchanges and symbol types the datafeed supports */
        get: operations["getDatafeedConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Current quotes; an unknown symbol gets an s: "error" entry */
        post: operations["getQuotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/resolve/{symbol}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything a chart needs to know of an instrument */
        get: operations["resolveSymbol"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Instruments matching a text, best matches first */
        get: operations["searchSymbols"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trading sessions of an instrument: the one in progress, then the next ones */
        get: operations["getSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/udf/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UDF: datafeed configuration */
        get: operations["udfConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/udf/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UDF: bars as columns; s: "no_data" with nextTime when the range is empty */
        get: operations["udfHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/udf/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UDF: quotes of comma-separated symbols */
        get: operations["udfQuotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/udf/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UDF: search symbols, best matches first */
        get: operations["udfSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/udf/symbols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UDF: resolve a symbol; an unknown one answers s: "error" */
        get: operations["udfSymbols"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/datafeed/udf/time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UDF: server time, Unix seconds as plain text */
        get: operations["udfTime"];
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
    getHealth: {
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
                        /** @description The event bus that carries committed changes to every process */
                        bus: {
                            /** @description False while the Redis link is down: the process runs, but its event streams refuse clients */
                            connected: boolean;
                            /** @description in-process in one process; redis when REDIS_URL is set */
                            transport: "in-process" | "redis";
                        };
                        /** @description The process's name in its cluster (INSTANCE_NAME) */
                        instance?: string;
                        /** @description Modules loaded in this process, core first */
                        modules: string[];
                        /** @description The market data of this process */
                        quotes: {
                            /** @description False while a remote datafeed is out of reach */
                            connected: boolean;
                            /** @description The datafeed instance a remote source reads now */
                            datafeed?: string;
                            /** @description Where this process gets prices: none, its own datafeed, or a datafeed process (DATAFEED_URL) */
                            source: "none" | "in-process" | "remote";
                        };
                        /** @enum {string} */
                        status: "ok";
                        /** Format: date-time */
                        timestamp: string;
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
        };
    };
    getVersions: {
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
                        current: string;
                        versions: {
                            /** Format: date */
                            deprecationDate?: string;
                            /** Format: date */
                            releaseDate?: string;
                            /** ApiVersionStatus */
                            status: "stable" | "beta" | "deprecated" | "retired";
                            version: string;
                        }[];
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
        };
    };
    getBars: {
        parameters: {
            query: {
                /** @description Instrument ticker, e.g. AAPL, BTCUSD, EURUSD */
                symbol: string;
                /** @description TradingView resolution string */
                resolution: "1" | "5" | "15" | "30" | "60" | "240" | "1D" | "1W";
                /** @description Range start, Unix seconds (inclusive), at most 9999-12-31 */
                from_time: number;
                /** @description Range end, Unix seconds (exclusive), at most 9999-12-31 */
                to_time: number;
                /** @description At least this many bars ending before to_time, when history allows */
                count_back?: number;
            };
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
                        bars: {
                            close: number;
                            high: number;
                            low: number;
                            open: number;
                            /** @description Bar open time, Unix milliseconds */
                            time: number;
                            volume: number;
                        }[];
                        /** @description True when nothing exists before the requested range */
                        no_data: boolean;
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
        };
    };
    getDatafeedConfiguration: {
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
                        exchanges: {
                            desc: string;
                            name: string;
                            value: string;
                        }[];
                        supported_resolutions: ("1" | "5" | "15" | "30" | "60" | "240" | "1D" | "1W")[];
                        supports_group_request: boolean;
                        supports_marks: boolean;
                        supports_search: boolean;
                        supports_time: boolean;
                        supports_timescale_marks: boolean;
                        symbols_types: {
                            name: string;
                            value: string;
                        }[];
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
        };
    };
    getQuotes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    symbols: string[];
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
                    "application/json": ({
                        n: string;
                        /** @enum {string} */
                        s: "ok";
                        /** QuoteValues */
                        v: {
                            ask: number;
                            bid: number;
                            /** @description Change from the previous close */
                            ch: number;
                            /** @description Change from the previous close, percent */
                            chp: number;
                            description: string;
                            exchange: string;
                            high_price: number;
                            low_price: number;
                            /** @description Last price */
                            lp: number;
                            open_price: number;
                            prev_close_price: number;
                            short_name: string;
                            spread: number;
                            volume: number;
                        };
                    } | {
                        n: string;
                        /** @enum {string} */
                        s: "error";
                        v: {
                            error: string;
                        };
                    })[];
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
        };
    };
    resolveSymbol: {
        parameters: {
            query?: never;
            header?: never;
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
                        currency_code?: string;
                        data_status: "streaming" | "endofday" | "delayed_streaming";
                        description: string;
                        exchange: string;
                        /** @enum {string} */
                        format: "price";
                        has_daily: boolean;
                        has_intraday: boolean;
                        has_weekly_and_monthly: boolean;
                        listed_exchange: string;
                        minmov: number;
                        name: string;
                        pricescale: number;
                        /**
                         * QtyRules
                         * @description TradingView’s symbolInfo.qty: the quantities an order of it may have
                         */
                        qty: {
                            /** @description Largest order quantity */
                            max: number;
                            /** @description Smallest order quantity */
                            min: number;
                            /** @description Quantities are multiples of it (0.0001 BTC, 1000 units of a currency) */
                            step: number;
                        };
                        /** @description TradingView session string, e.g. 0930-1600 or 24x7 */
                        session: string;
                        session_holidays?: string;
                        supported_resolutions: ("1" | "5" | "15" | "30" | "60" | "240" | "1D" | "1W")[];
                        ticker: string;
                        /** @description IANA timezone of the session, e.g. America/New_York */
                        timezone: string;
                        /**
                         * InstrumentType
                         * @enum {string}
                         */
                        type: "stock" | "crypto" | "forex" | "index";
                        volume_precision: number;
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
        };
    };
    searchSymbols: {
        parameters: {
            query: {
                user_input: string;
                exchange?: string;
                symbol_type?: string;
                max_results: number;
            };
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
                        description: string;
                        exchange: string;
                        /** @description EXCHANGE:TICKER */
                        full_name: string;
                        symbol: string;
                        ticker: string;
                        /**
                         * InstrumentType
                         * @enum {string}
                         */
                        type: "stock" | "crypto" | "forex" | "index";
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
        };
    };
    getSessions: {
        parameters: {
            query: {
                /** @description Instrument ticker, e.g. AAPL, BTCUSD, EURUSD */
                symbol: string;
                /** @description The instant to list from, Unix milliseconds; the server time when absent */
                from?: number;
                /** @description How many sessions */
                count?: number;
            };
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
                        /** @description In time order: the session in progress at `from` when the market is open then, and the next ones */
                        sessions: {
                            /** @description Closing instant, Unix milliseconds (exclusive) */
                            close: number;
                            /** @description Opening instant, Unix milliseconds (inclusive) */
                            open: number;
                        }[];
                        symbol: string;
                        /** @description The exchange's IANA timezone */
                        timezone: string;
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
        };
    };
    udfConfig: {
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
                        exchanges: {
                            desc: string;
                            name: string;
                            value: string;
                        }[];
                        supported_resolutions: ("1" | "5" | "15" | "30" | "60" | "240" | "1D" | "1W")[];
                        supports_group_request: boolean;
                        supports_marks: boolean;
                        supports_search: boolean;
                        supports_time: boolean;
                        supports_timescale_marks: boolean;
                        symbols_types: {
                            name: string;
                            value: string;
                        }[];
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
        };
    };
    udfHistory: {
        parameters: {
            query: {
                /** @description Ticker or EXCHANGE:TICKER */
                symbol: string;
                /** @description TradingView resolution, e.g. 1, 60, 1D (D and W are accepted) */
                resolution: string;
                /** @description Range start, Unix seconds (inclusive), at most 9999-12-31 */
                from: number;
                /** @description Range end, Unix seconds, at most 9999-12-31; exclusive, as the adapter passes TradingView’s PeriodParams.to */
                to: number;
                /** @description At least this many bars ending before `to`, when history allows */
                countback?: number;
            };
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
                        c: number[];
                        h: number[];
                        l: number[];
                        o: number[];
                        /** @enum {string} */
                        s: "ok";
                        /** @description Bar open times, Unix seconds, ascending */
                        t: number[];
                        v: number[];
                    } | {
                        /** @description Open time of the closest earlier bar, Unix seconds */
                        nextTime?: number;
                        /** @enum {string} */
                        s: "no_data";
                    } | {
                        errmsg: string;
                        /** @enum {string} */
                        s: "error";
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
        };
    };
    udfQuotes: {
        parameters: {
            query: {
                /** @description Comma-separated tickers, e.g. AAPL,MSFT */
                symbols: string;
            };
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
                        d: ({
                            n: string;
                            /** @enum {string} */
                            s: "ok";
                            /** QuoteValues */
                            v: {
                                ask: number;
                                bid: number;
                                /** @description Change from the previous close */
                                ch: number;
                                /** @description Change from the previous close, percent */
                                chp: number;
                                description: string;
                                exchange: string;
                                high_price: number;
                                low_price: number;
                                /** @description Last price */
                                lp: number;
                                open_price: number;
                                prev_close_price: number;
                                short_name: string;
                                spread: number;
                                volume: number;
                            };
                        } | {
                            n: string;
                            /** @enum {string} */
                            s: "error";
                            v: {
                                error: string;
                            };
                        })[];
                        /** @enum {string} */
                        s: "ok";
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
        };
    };
    udfSearch: {
        parameters: {
            query: {
                /** @description Text typed by the user */
                query: string;
                /** @description Instrument type; empty = all */
                type?: string;
                /** @description Exchange; empty = all */
                exchange?: string;
                limit: number;
            };
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
                        description: string;
                        exchange: string;
                        /** @description EXCHANGE:TICKER */
                        full_name: string;
                        symbol: string;
                        ticker: string;
                        /**
                         * InstrumentType
                         * @enum {string}
                         */
                        type: "stock" | "crypto" | "forex" | "index";
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
        };
    };
    udfSymbols: {
        parameters: {
            query: {
                /** @description Ticker or EXCHANGE:TICKER */
                symbol: string;
            };
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
                        currency_code?: string;
                        data_status: "streaming" | "endofday" | "delayed_streaming";
                        description: string;
                        exchange: string;
                        /** @description Legacy alias of listed_exchange */
                        "exchange-listed": string;
                        /** @description Legacy alias of exchange */
                        "exchange-traded": string;
                        /** @enum {string} */
                        format: "price";
                        has_daily: boolean;
                        has_intraday: boolean;
                        has_weekly_and_monthly: boolean;
                        listed_exchange: string;
                        minmov: number;
                        /** @description Legacy alias of minmov */
                        minmovement: number;
                        name: string;
                        pricescale: number;
                        /**
                         * QtyRules
                         * @description TradingView’s symbolInfo.qty: the quantities an order of it may have
                         */
                        qty: {
                            /** @description Largest order quantity */
                            max: number;
                            /** @description Smallest order quantity */
                            min: number;
                            /** @description Quantities are multiples of it (0.0001 BTC, 1000 units of a currency) */
                            step: number;
                        };
                        /** @description TradingView session string, e.g. 0930-1600 or 24x7 */
                        session: string;
                        session_holidays?: string;
                        supported_resolutions: ("1" | "5" | "15" | "30" | "60" | "240" | "1D" | "1W")[];
                        ticker: string;
                        /** @description IANA timezone of the session, e.g. America/New_York */
                        timezone: string;
                        /**
                         * InstrumentType
                         * @enum {string}
                         */
                        type: "stock" | "crypto" | "forex" | "index";
                        volume_precision: number;
                    } | {
                        errmsg: string;
                        /** @enum {string} */
                        s: "error";
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
        };
    };
    udfTime: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unix seconds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
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
        };
    };
}
