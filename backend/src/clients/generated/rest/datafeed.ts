// Generated from backend/specs/openapi/datafeed.json by `make generate`. Do not edit.

export interface paths {
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
