-module(cf_base64).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~p~n", [{T, V}]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    I = fun ?MODULE:id/1,
    Inputs = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>, <<0, 0, 0>>, <<255, 254, 253>>,
              list_to_binary(lists:seq(0, 63)), <<"Man is distinguished">>],
    lists:foreach(fun(B) -> E = base64:encode(I(B)), p(encode, {E, base64:decode(E) =:= B}) end, Inputs),
    p(encode_to_string, [base64:encode_to_string(I("hello")), base64:encode_to_string(I(<<1, 2, 3, 4>>))]),
    p(encode_list_input, base64:encode(I("hello world"))),
    p(decode, [base64:decode(I(<<"aGVsbG8=">>)), base64:decode(I("aGVsbG8=")), base64:decode_to_string(I(<<"aGVsbG8=">>)),
               base64:decode(I(<<"aGVs bG8=">>)), base64:decode(I(<<"aGVs\nbG8=">>)), base64:decode(I(<<"AAAA">>))]),
    p(mime_decode, [t(fun() -> base64:mime_decode(I(<<"aGVs!bG8=">>)) end), t(fun() -> base64:mime_decode(I(<<"aGVsbG8">>)) end),
                    t(fun() -> base64:mime_decode_to_string(I("aG Vs\r\nbG8=")) end)]),
    p(decode_errors, [t(fun() -> base64:decode(I(<<"a">>)) end), t(fun() -> base64:decode(I(<<"aGVs!bG8=">>)) end),
                      t(fun() -> base64:decode(I(<<"====">>)) end), t(fun() -> base64:decode(I(<<"aGVsbG8==">>)) end),
                      t(fun() -> base64:encode(I(123)) end)]),
    p(roundtrip, lists:all(fun(N) -> B = list_to_binary([X rem 256 || X <- lists:seq(N, N * 3)]),
                                     base64:decode(base64:encode(B)) =:= B end, lists:seq(0, 200))),
    p(big, begin Big = binary:copy(I(<<"0123456789">>), 1000), E = base64:encode(Big), {byte_size(E), binary:part(E, 0, 20), base64:decode(E) =:= Big} end),
    ok.
