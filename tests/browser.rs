//! Component and DOM tests in headless Chromium (wasm-bindgen-test).
//! Run with `cargo test --target wasm32-unknown-unknown` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use pme_infographie::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh, empty element attached to the body.
fn fresh_root(id: &str) -> Element {
    let root = document().create_element("div").unwrap();
    root.set_id(id);
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// How many pixels of the canvas differ from its top-left (background) pixel.
fn painted_pixels(canvas: &HtmlCanvasElement) -> usize {
    let data = pixels(canvas);
    let background = &data[0..4];
    data.chunks(4).filter(|px| *px != background).count()
}

#[wasm_bindgen_test]
async fn the_app_renders_the_article_and_draws_the_amis_network() {
    let root = fresh_root("app-under-test");
    yew::Renderer::<App>::with_root(root.clone()).render();
    // Past the 1.1 s entrance animation.
    TimeoutFuture::new(1_600).await;

    let title = root.query_selector("h1").unwrap().expect("a title");
    assert_eq!(
        title.text_content().unwrap(),
        "PME et Réseaux Sociaux\u{a0}: quoi faire et comment le faire\u{202f}?"
    );
    assert_eq!(
        root.query_selector_all("h2.pme-heading").unwrap().length(),
        1
    );
    assert_eq!(
        root.query_selector_all("ul.pme-list li").unwrap().length(),
        7
    );

    let canvas: HtmlCanvasElement = root
        .query_selector("figure#amis canvas")
        .unwrap()
        .expect("the amis canvas")
        .dyn_into()
        .unwrap();
    let ratio = web_sys::window().unwrap().device_pixel_ratio();
    assert_eq!(
        f64::from(canvas.width()),
        (f64::from(canvas.client_width()) * ratio).round(),
        "backing store follows the displayed size × devicePixelRatio"
    );
    assert!(
        painted_pixels(&canvas) > 500,
        "the network is drawn ({} pixels)",
        painted_pixels(&canvas)
    );
    assert_eq!(
        canvas.get_attribute("role").as_deref(),
        Some("img"),
        "the canvas is announced as an image"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_chart_redraws_when_its_box_is_resized() {
    let root = fresh_root("resize-under-test");
    yew::Renderer::<App>::with_root(root.clone()).render();
    TimeoutFuture::new(1_600).await;
    let canvas: HtmlCanvasElement = root
        .query_selector("figure#amis canvas")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let before = canvas.width();
    canvas.style().set_property("width", "200px").unwrap();
    TimeoutFuture::new(300).await;
    let ratio = web_sys::window().unwrap().device_pixel_ratio();
    assert_ne!(canvas.width(), before);
    assert_eq!(f64::from(canvas.width()), (200.0 * ratio).round());
    assert!(painted_pixels(&canvas) > 200, "redrawn after the resize");
    root.remove();
}

/// The canvas's 2D context.
fn context_2d(canvas: &HtmlCanvasElement) -> CanvasRenderingContext2d {
    canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

/// Every RGBA byte of the canvas.
fn pixels(canvas: &HtmlCanvasElement) -> Vec<u8> {
    let (w, h) = (canvas.width(), canvas.height());
    context_2d(canvas)
        .get_image_data(0.0, 0.0, f64::from(w), f64::from(h))
        .unwrap()
        .data()
        .to_vec()
}

fn new_canvas() -> HtmlCanvasElement {
    document()
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
fn painting_with_a_cached_backdrop_gives_the_picture_render_gives() {
    use plotters::prelude::IntoDrawingArea;
    use plotters_canvas::CanvasBackend;
    use pme_infographie::charts::actualite::{layout_actualite, ActualiteModel};
    use pme_infographie::charts::amis::{layout_amis, AmisModel};
    use pme_infographie::charts::cercles::{layout_cercles, CerclesModel, Circle};
    use pme_infographie::charts::palette::Palette;
    use pme_infographie::charts::render::{render, CANVAS_UNITS};
    use pme_infographie::charts::scene::{Scene, Size};
    use pme_infographie::components::canvas_painter::CanvasPainter;

    let mut see_through = Palette::LIGHT;
    see_through.transparent = true;
    let dark = Palette::LIGHT.with_lookup(|property| match property {
        "--pme-chart-surface" => Some("#16151b".to_owned()),
        "--pme-chart-rule" => Some("#6b6775".to_owned()),
        _ => None,
    });
    let actualite_model = ActualiteModel::new(30.0);
    let actualite = |size, t| layout_actualite(&actualite_model, size, t);
    let amis = |size, t| layout_amis(&AmisModel::new(120), size, t);
    let cercles = |size, t| {
        let model = CerclesModel {
            pair: 1.0,
            friends: 120.0,
            selected: Circle::Family,
        };
        layout_cercles(&model, size, t)
    };
    // « actualite » keeps one still backdrop; « amis » extends its backdrop
    // as friends settle, and « cercles » as each band has grown, under the
    // translucent tint of the next; both must start it anew on a replay
    // (back to 0.1).
    type Layout<'a> = &'a dyn Fn(Size, f64) -> Scene;
    let charts: [(&str, Layout); 3] = [
        ("actualite", &actualite),
        ("amis", &amis),
        ("cercles", &cercles),
    ];
    // One painter per chart throughout: a new palette must not reuse the
    // old backdrop.
    for (chart, layout) in charts {
        let canvas = new_canvas();
        let mut painter = CanvasPainter::default();
        for palette in [Palette::LIGHT, dark, see_through] {
            // The first frame draws the backdrop; the later ones reuse it, the
            // last after a resize that must draw it anew.
            let frames = [
                (320.0, 0.2),
                (320.0, 0.4),
                (320.0, 0.6),
                (320.0, 1.0),
                (320.0, 0.1),
                (320.0, 0.7),
                (280.0, 1.0),
            ];
            for (width, t) in frames {
                let scene = layout(Size::from_css(width, 240.0, 2.0), t);
                assert!(scene.backdrop > 0);
                assert!(painter.paint(&canvas, &scene, &palette));
                let reference = new_canvas();
                reference.set_width(canvas.width());
                reference.set_height(canvas.height());
                let backend =
                    CanvasBackend::with_canvas_object_in_units(reference.clone(), CANVAS_UNITS)
                        .unwrap();
                render(&backend.into_drawing_area(), &scene, &palette, CANVAS_UNITS).unwrap();
                assert_eq!(
                    canvas.width(),
                    (width * 2.0) as u32,
                    "the backing store follows the scene"
                );
                assert!(
                    pixels(&canvas) == pixels(&reference),
                    "{chart}: same picture at width {width}, t = {t}, transparent: {}",
                    palette.transparent
                );
            }
        }
    }
}

/// On the canvas, marks fall between pixels (a donut's edge is smooth), and
/// the context is left unscaled for whoever draws on it next.
#[wasm_bindgen_test]
fn the_canvas_backend_draws_between_pixels_and_leaves_the_context_unscaled() {
    use plotters::prelude::IntoDrawingArea;
    use plotters_canvas::CanvasBackend;
    use pme_infographie::charts::palette::Palette;
    use pme_infographie::charts::render::{render_layer, CANVAS_UNITS};
    use pme_infographie::charts::scene::{Ink, Mark, Point};

    // A band from x = 10.5 px to the right edge, 4 px tall.
    let band = [Mark::Polygon {
        points: vec![
            Point::new(10.5, 0.0),
            Point::new(20.0, 0.0),
            Point::new(20.0, 4.0),
            Point::new(10.5, 4.0),
        ],
        ink: Ink::Accent,
        alpha: 1.0,
    }];
    let alpha_at = |units: u32| {
        let canvas = new_canvas();
        canvas.set_width(20);
        canvas.set_height(4);
        {
            let backend =
                CanvasBackend::with_canvas_object_in_units(canvas.clone(), units).unwrap();
            render_layer(
                &backend.into_drawing_area(),
                &band,
                &Palette::LIGHT,
                false,
                units,
            )
            .unwrap();
        }
        let matrix = context_2d(&canvas).get_transform().unwrap();
        assert_eq!(
            (matrix.a(), matrix.d(), matrix.e(), matrix.f()),
            (1.0, 1.0, 0.0, 0.0),
            "unscaled after drawing in {units} units"
        );
        let data = pixels(&canvas);
        // Row 2: the alpha of columns 9, 10 and 11.
        [9, 10, 11].map(|x| data[(2 * 20 + x) * 4 + 3])
    };
    // In whole pixels column 10 is all or nothing; in quarter pixels it is
    // half covered.
    let [before, edge, after] = alpha_at(CANVAS_UNITS);
    assert_eq!((before, after), (0, 255));
    assert!((96..=160).contains(&edge), "column 10's alpha {edge}");
    let [_, whole, _] = alpha_at(1);
    assert!(whole == 0 || whole == 255, "column 10's alpha {whole}");
}

/// The vendored canvas backend writes a colour's alpha and a font's size
/// with its own digits (vendor/README.md): zeros after the point included.
#[wasm_bindgen_test]
fn the_canvas_backend_writes_alpha_and_font_size_digit_for_digit() {
    use plotters::prelude::{DrawingBackend, IntoFont, RGBAColor, TextStyle};
    use plotters_canvas::CanvasBackend;

    let canvas = new_canvas();
    let mut backend = CanvasBackend::with_canvas_object(canvas.clone()).unwrap();
    for (size, alpha, font, fill) in [
        (9.05, 0.05, "9.05px", "rgba(10, 20, 30, 0.05)"),
        (13.5, 1.0, "13.5px", "#0a141e"),
        (120.0, 0.5, "120px", "rgba(10, 20, 30, 0.5)"),
    ] {
        let colour = RGBAColor(10, 20, 30, alpha);
        let style = TextStyle::from(("sans-serif", size).into_font()).color(&colour);
        backend.draw_text("Vous", &style, (5, 5)).unwrap();
        let context = context_2d(&canvas);
        assert_eq!(context.font(), format!("{font} sans-serif"));
        assert_eq!(context.fill_style().as_string().as_deref(), Some(fill));
    }
}

/// The vendored canvas backend sets a colour (and a stroke's width) once for
/// a run of marks in it, and again whenever the context may hold another:
/// after a mark of another colour, on a new backend, and after rotated text
/// (which restores the fill it found).
#[wasm_bindgen_test]
fn the_canvas_backend_sets_a_colour_once_for_a_run_of_marks_in_it() {
    use plotters::prelude::{Color, DrawingBackend, IntoFont, RGBAColor, TextStyle};
    use plotters::style::FontTransform;
    use plotters_canvas::CanvasBackend;
    use wasm_bindgen::JsValue;

    let canvas = new_canvas();
    let context = context_2d(&canvas);
    // Every colour and width the context is given, in order.
    let log = js_sys::Array::new();
    js_sys::Function::new_with_args(
        "context, log",
        "for (const name of ['fillStyle', 'strokeStyle', 'lineWidth']) {
            const own = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, name);
            Object.defineProperty(context, name, {
                get() { return own.get.call(this); },
                set(value) { log.push(`${name} ${value}`); own.set.call(this, value); },
            });
        }",
    )
    .call2(&JsValue::NULL, &context, &log)
    .unwrap();
    let taken = || -> Vec<String> {
        let entries = log.iter().filter_map(|v| v.as_string()).collect();
        log.set_length(0);
        entries
    };
    let (ink, red) = (RGBAColor(10, 20, 30, 1.0), RGBAColor(200, 0, 0, 0.5));
    let filled = |colour: RGBAColor| colour.filled();
    let stroke = |colour: RGBAColor, width| colour.stroke_width(width);

    let mut backend = CanvasBackend::with_canvas_object(canvas.clone()).unwrap();
    backend.draw_circle((5, 5), 2, &filled(ink), true).unwrap();
    backend.draw_circle((9, 5), 2, &filled(ink), true).unwrap();
    backend
        .fill_polygon(vec![(0, 0), (4, 0), (0, 4)], &filled(ink))
        .unwrap();
    backend.draw_circle((5, 9), 2, &filled(red), true).unwrap();
    backend.draw_circle((9, 9), 2, &filled(ink), true).unwrap();
    assert_eq!(
        taken(),
        [
            "fillStyle rgba(10,20,30,1.000)",
            "fillStyle rgba(200,0,0,0.500)",
            "fillStyle rgba(10,20,30,1.000)",
        ]
    );

    backend.draw_line((0, 0), (9, 9), &stroke(ink, 2)).unwrap();
    backend
        .draw_circle((5, 5), 3, &stroke(ink, 2), false)
        .unwrap();
    backend.draw_line((0, 9), (9, 0), &stroke(ink, 3)).unwrap();
    backend.draw_line((0, 5), (9, 5), &stroke(red, 3)).unwrap();
    assert_eq!(
        taken(),
        [
            "strokeStyle rgba(10,20,30,1.000)",
            "lineWidth 2",
            "strokeStyle rgba(10,20,30,1.000)",
            "lineWidth 3",
            "strokeStyle rgba(200,0,0,0.500)",
            "lineWidth 3",
        ]
    );

    // Text turned a quarter is drawn between a save and a restore: the
    // context's fill is the ink's again after it, so red is set anew.
    backend.draw_circle((5, 5), 2, &filled(ink), true).unwrap();
    let turned = TextStyle::from(("sans-serif", 9.0).into_font())
        .transform(FontTransform::Rotate90)
        .color(&red);
    backend.draw_text("Vous", &turned, (5, 5)).unwrap();
    backend.draw_circle((5, 5), 2, &filled(red), true).unwrap();
    assert_eq!(
        taken(),
        [
            "fillStyle rgba(200,0,0,0.500)",
            "fillStyle rgba(200,0,0,0.500)",
        ]
    );
    assert_eq!(
        context.fill_style().as_string().as_deref(),
        Some("rgba(200, 0, 0, 0.5)")
    );

    // A new backend does not know what the context holds: it sets it.
    drop(backend);
    let mut backend = CanvasBackend::with_canvas_object(canvas.clone()).unwrap();
    backend.draw_circle((5, 5), 2, &filled(red), true).unwrap();
    assert_eq!(taken(), ["fillStyle rgba(200,0,0,0.500)"]);
}

/// In the Wasm, `polar` and `clock_angle` use the browser's `Math` (to ship
/// no libm): they must keep the geometry the native tests and goldens check.
#[wasm_bindgen_test]
fn polar_geometry_holds_with_the_browsers_trigonometry() {
    use pme_infographie::charts::scene::{clock_angle, polar, Point};
    use std::f64::consts::{FRAC_PI_2, TAU};
    let center = Point::new(100.0, 50.0);
    let east = polar(center, 10.0, FRAC_PI_2);
    assert!((east.x - 110.0).abs() < 1e-9 && (east.y - 50.0).abs() < 1e-9);
    let noon = polar(center, 10.0, 0.0);
    assert!((noon.x - 100.0).abs() < 1e-9 && (noon.y - 40.0).abs() < 1e-9);
    for step in 0..360 {
        let angle = TAU * f64::from(step) / 360.0;
        let p = polar(center, 37.0, angle);
        assert!(
            (p.distance(center) - 37.0).abs() < 1e-9,
            "radius at {angle}"
        );
        assert!(
            (clock_angle(center, p) - angle).abs() < 1e-9,
            "angle {angle}"
        );
    }
}

#[wasm_bindgen_test]
async fn an_island_says_it_is_ready_once_rendered_and_only_once() {
    // boot.rs starts the next island from `onready`: called early, islands
    // would share a task again; called twice, one would start twice.
    use pme_infographie::embed::EmbedConfig;
    use pme_infographie::islands::{Island, IslandRoot, IslandRootProps};
    use std::cell::Cell;
    use std::rc::Rc;

    let root = fresh_root("island-under-test");
    let calls = Rc::new(Cell::new(0));
    let seen_canvas = Rc::new(Cell::new(false));
    let onready = {
        let (calls, seen_canvas, root) = (calls.clone(), seen_canvas.clone(), root.clone());
        yew::Callback::from(move |()| {
            calls.set(calls.get() + 1);
            // The next island starts from here: this one must be in place.
            seen_canvas.set(
                root.query_selector("figure#temps canvas")
                    .unwrap()
                    .is_some(),
            );
        })
    };
    let props = IslandRootProps {
        island: Island::Chart(pme_infographie::charts::ChartId::Temps),
        config: EmbedConfig::default(),
        onready,
    };
    yew::Renderer::<IslandRoot>::with_root_and_props(root.clone(), props).render();
    TimeoutFuture::new(300).await;
    assert_eq!(calls.get(), 1);
    assert!(
        seen_canvas.get(),
        "ready after the island's DOM is in place"
    );
    root.remove();
}

/// The first button under `root`.
fn first_button(root: &Element) -> web_sys::HtmlElement {
    root.query_selector("button")
        .unwrap()
        .expect("a button")
        .dyn_into()
        .unwrap()
}

/// A keyed list whose button moves its last item to the front and then
/// reverses it, each press (for the test below).
#[yew::function_component(KeyedList)]
fn keyed_list() -> yew::Html {
    use yew::prelude::*;
    let order = use_state(|| vec![1u32, 2, 3, 4, 5]);
    let onclick = {
        let order = order.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*order).clone();
            next.rotate_right(1);
            next.reverse();
            order.set(next);
        })
    };
    html! {
        <>
            <button {onclick}>{ "Mélanger" }</button>
            <ul>{ for order.iter().map(|n| html! { <li key={*n} class={classes!("item", (*n % 2 == 0).then_some("pair"))}>{ *n }</li> }) }</ul>
        </>
    }
}

#[wasm_bindgen_test]
async fn the_vendored_yew_moves_keyed_nodes_and_dispatches_clicks() {
    // vendor/yew keeps listeners and keyed entries in Vec-backed maps and
    // sets (vendor/README.md): a click must reach its callback, and a
    // reordered keyed list must move its nodes, not rebuild them.
    let root = fresh_root("keyed-under-test");
    yew::Renderer::<KeyedList>::with_root(root.clone()).render();
    TimeoutFuture::new(50).await;
    let items = || -> Vec<Element> {
        let list = root.query_selector_all("li").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into().unwrap())
            .collect()
    };
    // Marked behind yew's back: a node yew re-created would lose it.
    for item in items() {
        let text = item.text_content().unwrap();
        item.set_attribute("data-first-node", &text).unwrap();
    }
    let button = first_button(&root);
    let mut expected = [1u32, 2, 3, 4, 5];
    for _ in 0..3 {
        button.click();
        TimeoutFuture::new(50).await;
        expected.rotate_right(1);
        expected.reverse();
        let texts: Vec<String> = items().iter().map(|i| i.text_content().unwrap()).collect();
        let wanted: Vec<String> = expected.iter().map(u32::to_string).collect();
        assert_eq!(texts, wanted, "the list follows its state");
        for item in items() {
            assert_eq!(
                item.get_attribute("data-first-node"),
                item.text_content(),
                "each item is the node first made for its key"
            );
            let even = item.text_content().unwrap().parse::<u32>().unwrap() % 2 == 0;
            assert_eq!(item.class_name(), if even { "item pair" } else { "item" });
        }
    }
    root.remove();
}

thread_local! {
    /// What `RenderOrderOuter` and `RenderOrderInner` did, in order.
    static RENDER_LOG: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn log_render(line: String) {
    RENDER_LOG.with(|log| log.borrow_mut().push(line));
}

/// Properties of [`RenderOrderInner`].
#[derive(yew::Properties, PartialEq)]
struct RenderOrderInnerProps {
    outer: u32,
    onbump: yew::Callback<()>,
}

/// A child whose button changes its own state and, through `onbump`, its
/// parent's, in one event: both are then queued to render at once.
#[yew::function_component(RenderOrderInner)]
fn render_order_inner(props: &RenderOrderInnerProps) -> yew::Html {
    use yew::prelude::*;
    let clicks = use_state(|| 0u32);
    log_render(format!("render inner {} {}", props.outer, *clicks));
    use_effect_with((props.outer, *clicks), |(outer, clicks)| {
        log_render(format!("effect inner {outer} {clicks}"))
    });
    let onclick = {
        let (clicks, onbump) = (clicks.clone(), props.onbump.clone());
        Callback::from(move |_: MouseEvent| {
            clicks.set(*clicks + 1);
            onbump.emit(());
        })
    };
    html! { <button {onclick}>{ "Plus" }</button> }
}

/// The parent of [`RenderOrderInner`].
#[yew::function_component(RenderOrderOuter)]
fn render_order_outer() -> yew::Html {
    use yew::prelude::*;
    let count = use_state(|| 0u32);
    log_render(format!("render outer {}", *count));
    use_effect_with(*count, |count| log_render(format!("effect outer {count}")));
    let onbump = {
        let count = count.clone();
        Callback::from(move |()| count.set(*count + 1))
    };
    html! { <RenderOrderInner outer={*count} {onbump} /> }
}

#[wasm_bindgen_test]
async fn the_vendored_yew_renders_parents_before_children_and_runs_effects_after() {
    // vendor/yew's render queue is a sorted Vec (vendor/README.md): with a
    // parent and its child queued in one event, the parent renders first and
    // the child once, with the new props; effects run child first.
    let root = fresh_root("render-order-under-test");
    yew::Renderer::<RenderOrderOuter>::with_root(root.clone()).render();
    TimeoutFuture::new(50).await;
    RENDER_LOG.with(|log| log.borrow_mut().clear());
    let button = first_button(&root);
    button.click();
    TimeoutFuture::new(50).await;
    let log = RENDER_LOG.with(|log| log.borrow().clone());
    assert_eq!(
        log,
        [
            "render outer 1",
            "render inner 1 1",
            "effect inner 1 1",
            "effect outer 1"
        ]
    );
    root.remove();
}
