%% The group leader every beamr process starts with: it answers the Erlang
%% I/O protocol ({io_request, From, ReplyAs, Request}) so OTP's io.beam runs
%% unmodified, and writes the characters to the host's standard output (or
%% standard error: a second one runs for `standard_error`).
%% Like OTP's `user` under `erl -noshell`, the device's encoding starts as
%% latin1: characters above 255 go out as \x{HEX} and the rest as single
%% bytes, until io:setopts(_, [{encoding, unicode}]) (Gleam's entry module
%% does that) makes it write UTF-8.
%% Compiled with `erlc` (OTP 25) into beamr_gl.beam, which the core embeds.
-module(beamr_gl).
-export([start/1]).

-record(dev, {fd, encoding = latin1, binary = false}).

start(Fd) ->
    loop(#dev{fd = Fd}).

loop(Dev) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, Dev1} = request(Dev, Request),
            From ! {io_reply, ReplyAs, Reply},
            loop(Dev1);
        _Other ->
            loop(Dev)
    end.

request(Dev, {put_chars, Enc, Chars}) ->
    {put_chars(Dev, Enc, Chars), Dev};
request(Dev, {put_chars, Enc, M, F, A}) ->
    try apply(M, F, A) of
        Chars -> {put_chars(Dev, Enc, Chars), Dev}
    catch
        _:_ -> {{error, {error, F}}, Dev}
    end;
request(Dev, {put_chars, Chars}) ->
    request(Dev, {put_chars, latin1, Chars});
request(Dev, {put_chars, M, F, A}) ->
    request(Dev, {put_chars, latin1, M, F, A});
request(Dev, {requests, Reqs}) ->
    requests(Dev, Reqs, ok);
request(Dev, {get_geometry, _}) ->
    {{error, enotsup}, Dev};
request(#dev{binary = B, encoding = E} = Dev, getopts) ->
    {[{binary, B}, {encoding, E}], Dev};
request(Dev, {setopts, Opts}) when is_list(Opts) ->
    setopts(Dev, Opts);
request(Dev, {get_chars, _, _, _}) -> {eof, Dev};
request(Dev, {get_chars, _, _}) -> {eof, Dev};
request(Dev, {get_line, _, _}) -> {eof, Dev};
request(Dev, {get_line, _}) -> {eof, Dev};
request(Dev, {get_until, _, _, _, _, _}) -> {eof, Dev};
request(Dev, {get_until, _, _, _, _}) -> {eof, Dev};
request(Dev, _) ->
    {{error, request}, Dev}.

requests(Dev, [], Result) ->
    {Result, Dev};
requests(Dev, [R | Rs], _) ->
    case request(Dev, R) of
        {ok, Dev1} -> requests(Dev1, Rs, ok);
        Other -> Other
    end.

%% The options OTP's `user` accepts: binary/list and the encoding.
setopts(Dev, Opts0) ->
    Opts = proplists:unfold(
             proplists:substitute_negations([{list, binary}], expand(Opts0))),
    case lists:all(fun valid_opt/1, Opts) of
        false ->
            {{error, enotsup}, Dev};
        true ->
            Enc = case proplists:get_value(encoding, Opts) of
                      undefined -> Dev#dev.encoding;
                      latin1 -> latin1;
                      _ -> unicode
                  end,
            Bin = proplists:get_value(binary, Opts, Dev#dev.binary),
            {ok, Dev#dev{encoding = Enc, binary = Bin}}
    end.

expand([latin1 | T]) -> [{encoding, latin1} | expand(T)];
expand([unicode | T]) -> [{encoding, unicode} | expand(T)];
expand([H | T]) -> [H | expand(T)];
expand([]) -> [].

valid_opt({binary, B}) -> is_boolean(B);
valid_opt({encoding, E}) -> E =:= latin1 orelse E =:= utf8 orelse E =:= unicode;
valid_opt(_) -> false.

put_chars(#dev{fd = Fd, encoding = To}, From, Chars) ->
    case encode(Chars, From, To) of
        Bin when is_binary(Bin) ->
            beamr_io:write(Fd, Bin),
            ok;
        error ->
            {error, put_chars}
    end.

%% Characters in `From` encoding as the device's bytes.
encode(Chars, unicode, latin1) ->
    case catch unicode:characters_to_binary(Chars, unicode, latin1) of
        Bin when is_binary(Bin) ->
            Bin;
        _ ->
            case catch unicode:characters_to_list(Chars, unicode) of
                L when is_list(L) ->
                    list_to_binary([escape_high(C) || C <- L]);
                _ ->
                    error
            end
    end;
encode(Chars, latin1, To) ->
    convert(Chars, latin1, To);
encode(Chars, _, To) ->
    convert(Chars, unicode, To).

convert(Chars, From, To) ->
    case catch unicode:characters_to_binary(Chars, From, To) of
        Bin when is_binary(Bin) -> Bin;
        _ -> error
    end.

escape_high(C) when C > 255 -> ["\\x{", integer_to_list(C, 16), $}];
escape_high(C) -> C.
