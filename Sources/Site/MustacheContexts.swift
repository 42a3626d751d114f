import Mustache
import ModelCatalog

// Typed Mustache contexts: each view-model row answers its template's names directly, its texts
// handed over as `TemplateText` (TemplateValues).
// Without this, swift-mustache looks every name up through `Mirror` reflection, which was
// most of the build's time (docs/performance.md). One case per stored property; a new
// property a template shows needs its case here (SiteTests compare the pages).

extension Badge: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "label": label
        case "value": value
        case "labelWidth": labelWidth
        case "valueWidth": valueWidth
        case "width": width
        case "labelX": labelX
        case "valueX": valueX
        case "title": title
        default: nil
        }
    }
}

extension CompareOption: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "id": id
        case "name": name
        case "href": href
        case "author": author
        case "providerCount": providerCount
        case "context": context
        case "maxOutput": maxOutput
        case "input": input
        case "output": output
        case "modalities": modalities
        case "capabilities": capabilities
        case "released": released
        case "cheapestProvider": cheapestProvider
        default: nil
        }
    }
}

extension DirectoryRow: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "id": id
        case "name": name
        case "href": href
        case "author": author
        case "authorHref": authorHref
        case "mode": mode
        case "providerCount": providerCount
        case "providers": providers
        case "context": context
        case "contextValue": contextValue
        case "maxOutput": maxOutput
        case "maxOutputValue": maxOutputValue
        case "input": input
        case "inputValue": inputValue
        case "output": output
        case "outputValue": outputValue
        case "modalities": modalities
        case "inputModalities": inputModalities
        case "outputModalities": outputModalities
        case "capabilities": capabilities
        case "capabilityIDs": capabilityIDs
        case "released": released
        case "releasedValue": releasedValue
        case "flags": flags
        default: nil
        }
    }
}

extension DiscrepancyRow: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "model": model
        case "modelHref": modelHref
        case "provider": provider
        case "providerModelID": providerModelID
        case "fact": fact
        case "valueA": valueA
        case "sourceA": sourceA
        case "valueB": valueB
        case "sourceB": sourceB
        case "difference": difference
        default: nil
        }
    }
}

extension EndpointRow: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "providerHref": providerHref
        case "providerName": providerName
        case "providerModelID": providerModelID
        case "input": input
        case "inputValue": inputValue
        case "output": output
        case "outputValue": outputValue
        case "cacheRead": cacheRead
        case "cacheReadValue": cacheReadValue
        case "cacheWrite": cacheWrite
        case "cacheWriteValue": cacheWriteValue
        case "tiers": tiers
        case "context": context
        case "maxOutput": maxOutput
        case "quantization": quantization
        case "parameters": parameters
        case "parameterCount": parameterCount
        case "regions": regions
        case "status": status
        case "deprecated": deprecated
        case "cheapest": cheapest
        case "source": source
        case "verified": verified
        case "sourceHref": sourceHref
        case "keyPath": keyPath
        default: nil
        }
    }
}

extension HistoryChart: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "width": width
        case "height": height
        case "series": series
        case "yTicks": yTicks
        case "firstDate": firstDate
        case "lastDate": lastDate
        case "rows": rows
        default: nil
        }
    }
}

extension HistoryChart.Series: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "provider": provider
        case "points": points
        case "colorIndex": colorIndex
        default: nil
        }
    }
}

extension HistoryChart.Tick: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "position": position
        case "label": label
        default: nil
        }
    }
}

extension HistoryChart.Row: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "date": date
        case "provider": provider
        case "input": input
        case "output": output
        case "context": context
        default: nil
        }
    }
}

extension ModelListRow: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "modelHref": modelHref
        case "modelName": modelName
        case "modelID": modelID
        case "providerModelID": providerModelID
        case "input": input
        case "inputValue": inputValue
        case "output": output
        case "outputValue": outputValue
        case "context": context
        case "providerCount": providerCount
        default: nil
        }
    }
}

extension ScatterChart: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "width": width
        case "height": height
        case "plotLeft": plotLeft
        case "plotRight": plotRight
        case "plotTop": plotTop
        case "plotBottom": plotBottom
        case "points": points
        case "xTicks": xTicks
        case "yTicks": yTicks
        case "count": count
        default: nil
        }
    }
}

extension ScatterChart.Point: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "cx": cx
        case "cy": cy
        case "title": title
        case "chat": chat
        default: nil
        }
    }
}

extension ScatterChart.Tick: TemplateValues {
    func value(named key: String) -> Any? {
        switch key {
        case "position": position
        case "label": label
        default: nil
        }
    }
}

extension SourceSnapshot: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "id": TemplateText(id)
        case "format": TemplateText(format)
        case "file": TemplateText(file)
        case "label": TemplateText(label)
        default: nil
        }
    }
}
