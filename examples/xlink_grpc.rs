//! The Xlink tables over gRPC: a tonic server on 127.0.0.1 answers a call
//! with the status of any Xlink code, and a tonic client decodes each status
//! back into `Code<XlinkError>`.
//!
//! The tables are `examples/xlink.rs`, declared with the `tonic` flag, so an
//! error is a status: `tonic::Status::from(error)` has the gRPC code of the
//! error's HTTP status (403 is `PERMISSION_DENIED`), the vendor's message,
//! and google.rpc's `ErrorInfo` (reason `INVALID_ACCESS_TOKEN`, domain
//! `xlink`, the code in its metadata), which `Code::from_status` reads.
//!
//! No `protoc` and no generated code: the one method, `Raise`, takes the
//! code as a protobuf string (prost's `String` message) and answers nothing
//! but an error; the service is a few lines of tower by hand.
//!
//! `cargo run --example xlink_grpc` serves on 127.0.0.1 until stopped. With
//! `--smoke` (which `.ci/run` passes, and which `CI=true` implies) it calls
//! itself with a few codes, checks the statuses and exits.

// `pub`: tests/test_grpc.rs includes this file, and its tables.
#[path = "xlink.rs"]
#[allow(dead_code)]
pub mod xlink;

use std::convert::Infallible;
use std::future::{Future, Ready, ready};
use std::net::SocketAddr;
use std::pin::Pin;
use std::process::ExitCode;
use std::task::{Context, Poll};
use std::time::Duration;

use error_table::Code;
use tokio::net::TcpListener;
use tonic::body::Body;
use tonic::client::Grpc;
use tonic::server::NamedService;
use tonic::transport::server::TcpIncoming;
use tonic::transport::{Channel, Endpoint, Server};
use tonic::{Request, Response, Status};
use tonic_prost::ProstCodec;
use tower_service::Service;

use xlink::xlink::XlinkError;

/// The port of an interactive run; taken by something else, any free one.
const PORT: u16 = 50051;

/// The path of the service's one method.
pub const RAISE: &str = "/error_table.Errors/Raise";

/// The status the server answers a code with: Xlink's error for a code of
/// the tables, the status of `Code::Unknown` for another number (what a
/// gateway forwards), and a plain `INVALID_ARGUMENT` for text that is no code.
fn xlink_status(code: &str) -> Status {
    match code.parse::<u32>() {
        Ok(code) => Status::from(Code::<XlinkError>::from(code)),
        Err(_) => Status::invalid_argument(format!("not an Xlink code: {code:?}")),
    }
}

/// The gRPC service: `Raise(code)` fails with `status(code)`; any other
/// method is `UNIMPLEMENTED`.
#[derive(Clone, Copy)]
pub struct Errors {
    pub status: fn(&str) -> Status,
}

impl NamedService for Errors {
    const NAME: &'static str = "error_table.Errors";
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = Result<T, Infallible>> + Send>>;

impl Service<http::Request<Body>> for Errors {
    type Response = http::Response<Body>;
    type Error = Infallible;
    type Future = BoxFuture<Self::Response>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<Body>) -> Self::Future {
        let raise = Raise(self.status);
        Box::pin(async move {
            if request.uri().path() != RAISE {
                return Ok(Status::unimplemented(request.uri().path().to_owned()).into_http());
            }
            let mut grpc = tonic::server::Grpc::new(ProstCodec::<(), String>::default());
            Ok(grpc.unary(raise, request).await)
        })
    }
}

/// The method itself: the request's code in, its status out.
struct Raise(fn(&str) -> Status);

impl Service<Request<String>> for Raise {
    type Response = Response<()>;
    type Error = Status;
    type Future = Ready<Result<Response<()>, Status>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Status>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<String>) -> Self::Future {
        ready(Err((self.0)(request.get_ref())))
    }
}

/// Serves `errors` on `listener` until the runtime ends.
pub fn serve(listener: TcpListener, errors: Errors) {
    let incoming = TcpIncoming::from(listener);
    tokio::spawn(Server::builder().serve_with_incoming(errors, incoming));
}

/// A client channel to the server at `address`.
pub async fn connect(address: SocketAddr) -> Result<Channel, String> {
    let endpoint = Endpoint::from_shared(format!("http://{address}")).map_err(|e| e.to_string())?;
    endpoint.connect().await.map_err(|e| e.to_string())
}

/// Calls `Raise(code)` and gives the status it fails with.
pub async fn raise(channel: &Channel, code: &str) -> Result<Status, String> {
    let mut grpc = Grpc::new(channel.clone());
    grpc.ready().await.map_err(|e| e.to_string())?;
    let call = grpc.unary::<String, (), _>(
        Request::new(code.to_owned()),
        http::uri::PathAndQuery::from_static(RAISE),
        ProstCodec::default(),
    );
    match tokio::time::timeout(Duration::from_secs(10), call).await {
        Err(_) => Err(format!("{code}: no answer in 10 s")),
        Ok(Ok(_)) => Err(format!("{code}: the call succeeded")),
        Ok(Err(status)) => Ok(status),
    }
}

fn main() -> ExitCode {
    let smoke = std::env::args().any(|arg| arg == "--smoke")
        || std::env::var("CI").is_ok_and(|ci| ci == "true");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async {
        let port = if smoke { 0 } else { PORT };
        let listener = match TcpListener::bind(("127.0.0.1", port)).await {
            Ok(listener) => listener,
            Err(_) => TcpListener::bind("127.0.0.1:0").await.expect("a free port"),
        };
        let address = listener.local_addr().expect("the bound address");
        println!("Xlink errors over gRPC on {address}, method {RAISE}");
        serve(
            listener,
            Errors {
                status: xlink_status,
            },
        );
        if !smoke {
            std::future::pending::<()>().await;
        }
        match smoke_test(address).await {
            Ok(count) => {
                println!("smoke: {count} statuses decoded as they were sent");
                ExitCode::SUCCESS
            }
            Err(problem) => {
                eprintln!("xlink_grpc --smoke: {problem}");
                ExitCode::FAILURE
            }
        }
    })
}

/// Calls the server with a few codes and checks each status and what
/// `Code::from_status` makes of it.
async fn smoke_test(address: SocketAddr) -> Result<usize, String> {
    use tonic::Code as Grpc;
    let cases = [
        (
            "4031003",
            Grpc::PermissionDenied,
            "无效的Access-Token",
            Some(Code::from(4031003u32)),
        ),
        (
            "4001001",
            Grpc::InvalidArgument,
            "请求数据字段验证不通过",
            Some(Code::from(4001001u32)),
        ),
        (
            "5031001",
            Grpc::Unavailable,
            "服务端发生异常",
            Some(Code::from(5031001u32)),
        ),
        // Not in the tables: kept as it came, its gRPC code from its status.
        (
            "4049999",
            Grpc::NotFound,
            "4049999",
            Some(Code::Unknown(4049999)),
        ),
        // No Xlink status at all.
        (
            "oops",
            Grpc::InvalidArgument,
            "not an Xlink code: \"oops\"",
            None,
        ),
    ];
    let channel = connect(address).await?;
    for (code, grpc, message, decoded) in &cases {
        let status = raise(&channel, code).await?;
        let got = (
            status.code(),
            status.message(),
            Code::<XlinkError>::from_status(&status),
        );
        if got != (*grpc, *message, *decoded) {
            return Err(format!("{code}: got {got:?}"));
        }
        println!(
            "{code}: {:?} {:?} -> {:?}",
            status.code(),
            status.message(),
            got.2
        );
    }
    Ok(cases.len())
}
