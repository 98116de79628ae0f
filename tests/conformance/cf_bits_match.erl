-module(cf_bits_match).
-export([main/0, id/1]).

id(X) -> X.

p(T, V) -> io:format("~w~n", [{T, V}]).

%% IPv4-like header parsing
ip(<<4:4, IHL:4, _Tos:8, Len:16, _Id:16, Flags:3, Frag:13, TTL:8, Proto:8, _Sum:16,
     S1, S2, S3, S4, D1, D2, D3, D4, _/binary>>) ->
    {v4, IHL, Len, Flags, Frag, TTL, Proto, {S1, S2, S3, S4}, {D1, D2, D3, D4}};
ip(<<6:4, _/bits>>) -> v6;
ip(_) -> unknown.

%% clause selection on literal segments
cmd(<<"PING">>) -> ping;
cmd(<<"ECHO ", Msg/binary>>) -> {echo, Msg};
cmd(<<1:1, N:7, _/binary>>) -> {high, N};
cmd(<<0:1, 0:7>>) -> zero_byte;
cmd(<<X:4, Y:4>>) -> {nibbles, X, Y};
cmd(<<>>) -> empty;
cmd(B) when is_bitstring(B), not is_binary(B) -> {bits, bit_size(B)};
cmd(_) -> other.

%% varints (LEB128)
varint(<<0:1, N:7, Rest/binary>>) -> {N, Rest};
varint(<<1:1, N:7, Rest/binary>>) ->
    {M, R} = varint(Rest),
    {(M bsl 7) bor N, R}.

enc_varint(N) when N < 128 -> <<N>>;
enc_varint(N) -> <<1:1, (N band 127):7, (enc_varint(N bsr 7))/binary>>.

%% odd bit length handling
count_ones(<<>>) -> 0;
count_ones(<<B:1, R/bits>>) -> B + count_ones(R).

take_bits(N, B) ->
    <<H:N/bits, T/bits>> = B,
    {H, T}.

main() ->
    I = fun ?MODULE:id/1,
    Hdr = I(<<16#45, 0, 0, 60, 0, 1, 2#010:3, 5:13, 64, 6, 0, 0, 10, 0, 0, 1, 192, 168, 1, 1, "payload">>),
    p(ip, [ip(Hdr), ip(I(<<16#60, 0>>)), ip(I(<<16#45>>)), ip(I(<<>>))]),
    p(cmd, [cmd(I(X)) || X <- [<<"PING">>, <<"ECHO hi">>, <<200, 1>>, <<0>>, <<16#35>>, <<>>,
                               <<1:5>>, <<"PINGX">>, <<"ECHO">>]]),
    p(varint, [varint(I(enc_varint(N))) || N <- [0, 1, 127, 128, 300, 16384, 1 bsl 35, (1 bsl 64) + 5]]),
    p(enc_varint, [enc_varint(I(N)) || N <- [0, 127, 128, 300, 1 bsl 35]]),
    p(count_ones, [count_ones(I(B)) || B <- [<<>>, <<255>>, <<1:1>>, <<16#AAAA:16, 5:3>>, <<0:100>>]]),
    p(take_bits, [take_bits(N, I(<<16#F0F0:16>>)) || N <- [0, 1, 3, 7, 8, 9, 15, 16]]),
    %% odd sizes from 1 to 17 bits built then matched back
    p(odd_roundtrip, [begin V = (1 bsl N) - 3, B = <<(I(V)):N, 1:1>>, <<X:N, Y:1>> = B, {N, bit_size(B), X =:= V, Y} end
                      || N <- [2, 5, 11, 17, 33, 63, 65]]),
    %% matching same variable twice
    p(repeat_var, [case I(B) of <<X, X, _/binary>> -> {same, X}; _ -> differ end
                   || B <- [<<1, 1, 2>>, <<1, 2, 2>>, <<7, 7>>]]),
    %% matching in function with size from earlier arg
    p(size_from_arg, [sized(N, I(<<"abcdef">>)) || N <- [0, 2, 6, 7]]),
    %% binary match against literal integer values of various widths
    p(literal_ints, [lit(I(B)) || B <- [<<255:16>>, <<-1:16>>, <<-1:8, 0>>, <<1:16/little>>, <<3:2, 0:6>>]]),
    %% nested binary in tuple patterns
    p(nested, [nested(I(X)) || X <- [{msg, <<1, "abc">>}, {msg, <<2, 0, 3>>}, {msg, <<9>>}, {other}]]),
    %% binary as map value and in lists
    M = I(#{data => <<16#CAFE:16, 1:8>>}),
    #{data := <<Magic:16, Ver>>} = M,
    p(map_bin, {Magic, Ver}),
    [<<A>>, <<B1:4, _:4>> | _] = I([<<7>>, <<16#AB>>, x]),
    p(list_bins, {A, B1}),
    %% tail binaries after unaligned match
    <<_:3, Tail/bits>> = I(<<255, 0>>),
    p(unaligned_tail, {Tail, bit_size(Tail), is_binary(Tail)}),
    <<_:3, Tail2:5, Tail3/binary>> = I(<<255, 0>>),
    p(realigned_tail, {Tail2, Tail3, is_binary(Tail3)}),
    ok.

sized(N, B) ->
    case B of
        <<H:N/binary, _/binary>> -> H;
        _ -> too_short
    end.

lit(<<255:16>>) -> w255;
lit(<<-1:16/signed>>) -> minus1;
lit(<<-1:8/signed, 0>>) -> ff00;
lit(<<1:16/little>>) -> one_le;
lit(<<3:2, _:6>>) -> top_bits;
lit(_) -> none.

nested({msg, <<1, Rest/binary>>}) -> {type1, Rest};
nested({msg, <<2, N:16>>}) -> {type2, N};
nested({msg, _}) -> bad_msg;
nested(_) -> not_msg.
