-module(cf_debug_bifs).
-export([main/0]).

%% Introspection BIFs OTP modules reach: erts_debug:flat_size/1 and same/2,
%% erts_internal:cmp_term/2 (exact order) and error_logger:warning_map/0.

main() ->
    T = {a, [1, 2, 3], {b, c}},
    io:format("~p~n", [[erts_debug:flat_size(X) || X <- [a, 1, [], {}, {a, b}, [1, 2, 3], T, 1.5,
                                                          "abc", [a | b], {[], {[]}}, [{}, {{}}], 1 bsl 70]]]),
    io:format("~p~n", [[erts_debug:same(T, T), erts_debug:same(a, a), erts_debug:same(T, {a, [1, 2, 3], {b, c}})]]),
    io:format("~p~n", [[erts_internal:cmp_term(A, B) || {A, B} <- [{1, 1.0}, {1.0, 1}, {1, 1}, {a, 1}, {1, a},
                                                                    {{1}, {1.0}}, {[1], [1]}, {<<1>>, <<1>>}]]]),
    io:format("~p~n", [error_logger:warning_map()]).
